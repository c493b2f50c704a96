package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.coding.AutoCoder;
import org.terrain.corpus.coding.CodingUnit;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "autocode", description = "Code every search hit (or its sentence, turn, paragraph), or every turn of a speaker; one undoable action.")
final class AutocodeCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--query", paramLabel = "QUERY")
        String query;

        @Option(names = "--speaker", paramLabel = "LABEL", description = "Code the speech of every turn of this speaker.")
        String speaker;
    }

    @Option(names = "--unit", defaultValue = "hit", paramLabel = "hit|sentence|turn|paragraph")
    String unit;

    @Option(names = "--kind", paramLabel = "KIND")
    String kind;

    @Option(names = "--dry-run", description = "Say how many segments it would make, change nothing.")
    boolean dryRun;

    AutocodeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CodingUnit codingUnit = CodingUnit.parse(unit).orElseThrow(() -> new UsageException("bad_unit", unit));
        SearchFilters filters = new SearchFilters();
        filters.kind = kind;
        CodePath codePath = CodesCommand.path(code);
        try (ProjectStore store = cli.open(project, "autocode")) {
            store.codes().get(codePath);
            AutoCoder coderService = new AutoCoder(store);
            AutoCoder.Outcome outcome;
            if (what.speaker != null) {
                outcome = coderService.bySpeaker(what.speaker, filters.kind(), codePath);
            } else {
                try (SearchIndex index = SearchIndex.open(store, Progress.on(cli, "indexing"))) {
                    SearchRequest request = filters.request(store, what.query, Integer.MAX_VALUE);
                    outcome = dryRun ? coderService.preview(index, request, codingUnit)
                            : coderService.byQuery(index, request, codingUnit, codePath);
                }
            }
            if (cli.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("code", codePath.toString());
                out.put("hits", outcome.hits());
                out.put("segments", outcome.segments());
                out.put("sources", outcome.sources());
                out.put("dry_run", dryRun);
                cli.printJson(out);
            }
            cli.say(dryRun ? "autocode_preview" : "autocode_done", outcome.segments(), outcome.sources(), codePath,
                    outcome.hits());
        }
        return 0;
    }
}
