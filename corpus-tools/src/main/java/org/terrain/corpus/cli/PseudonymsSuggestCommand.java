package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.pseudonym.SuggestEngine;
import org.terrain.corpus.pseudonym.SuggestLexicon;
import org.terrain.corpus.pseudonym.SuggestSource;
import org.terrain.corpus.pseudonym.Suggestion;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pseudonyms suggest}: the names the researcher has not decided on yet, with a proposed replacement. */
@Command(name = "suggest", description = "Names not yet in the pseudonym table, most frequent first, each with a "
        + "proposed replacement: speaker labels, capitalised words unknown to the French lexicon, its first names, "
        + "and the entities of the language analysis when annotate has run.")
final class PseudonymsSuggestCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    PseudonymsSuggestCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<SuggestSource> sources = new ArrayList<>();
        Set<String> decided;
        Set<String> replacements;
        try (ProjectStore store = cli.openForReading(project, "pseudonyms suggest")) {
            // what the researcher has decided (entered or ignored) is no longer a suggestion, and a proposal never
            // takes a replacement already in use
            var table = store.pseudonyms().table();
            decided = table.decidedFolded();
            replacements = table.replacementsFolded();
            boolean annotated = store.annotations().anyCurrent();
            for (String name : store.sources().names()) {
                Source source = store.sources().get(name);
                List<EntityMention> entities = annotated ? store.annotations().mentions(source.id()) : List.of();
                sources.add(SuggestSource.of(source, entities));
            }
        }
        List<Suggestion> suggestions = new SuggestEngine(SuggestLexicon.load()).suggest(sources, decided, replacements);
        if (cli.json()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Suggestion s : suggestions) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("original", s.original());
                row.put("category", s.category().word());
                row.put("count", s.count());
                row.put("sources", s.sources());
                row.put("proposal", s.proposal());
                row.put("found_by", s.foundBy());
                out.add(row);
            }
            cli.printJson(out);
        } else {
            for (Suggestion s : suggestions) {
                cli.out().println(s.count() + "\t" + s.category().word() + "\t" + s.original() + "\t→ " + s.proposal()
                        + "\t" + String.join(", ", s.sources()));
            }
        }
        return 0;
    }
}
