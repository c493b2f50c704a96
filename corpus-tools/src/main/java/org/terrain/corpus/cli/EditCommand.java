package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", description = "Correct the text of a source; codings follow their words, deleted ones are named.")
final class EditCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--source", required = true, paramLabel = "NAME")
    String source;

    @Option(names = "--range", required = true, paramLabel = "START:END", description = "Code points; START:START inserts.")
    String range;

    @Option(names = "--replace", required = true, paramLabel = "TEXT")
    String replacement;

    EditCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Span span = Options.range(range, true);
        try (ProjectStore store = cli.open(project, "edit")) {
            SourceStore.EditResult result = store.sources().edit(source, span, replacement,
                    s -> WordCounter.count(s.text(), s.turns()));
            for (String removed : result.removedSegments()) {
                cli.say("edit_removed_segment", removed);
            }
            if (cli.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("source", source);
                out.put("text_version", result.textVersion());
                out.put("removed", result.removedSegments());
                cli.printJson(out);
            }
            cli.say("edit_done", source, result.removedSegments().size());
        }
        return 0;
    }
}
