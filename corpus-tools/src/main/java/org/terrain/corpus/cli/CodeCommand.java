package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.NoMatchException;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.text.TextMatcher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", description = "Code a range, or the first (--all: every) occurrence of a text, with a code.")
final class CodeCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--source", required = true, paramLabel = "NAME")
    String source;

    @Option(names = "--code", required = true, paramLabel = "PATH")
    String code;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--range", paramLabel = "START:END", description = "Code points, end exclusive.")
        String range;

        @Option(names = "--match", paramLabel = "TEXT", description = "Case-sensitive literal text.")
        String match;
    }

    @Option(names = "--word", description = "With --match: whole words only.")
    boolean word;

    @Option(names = "--all", description = "With --match: every non-overlapping occurrence.")
    boolean all;

    @Option(names = "--memo", paramLabel = "TEXT")
    String memo;

    CodeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CodePath codePath = CodesCommand.path(code);
        Span range = target.range == null ? null : Options.range(target.range);
        try (ProjectStore store = cli.open(project, "code")) {
            Source text = store.sources().get(source);
            store.codes().get(codePath);
            List<Span> spans = new ArrayList<>();
            if (range != null) {
                spans.add(range);
            } else {
                for (int[] found : TextMatcher.find(text.text(), target.match, word, all)) {
                    spans.add(new Span(found[0], found[1]));
                }
                if (spans.isEmpty()) {
                    throw new NoMatchException(source, target.match);
                }
            }
            List<SegmentInfo> segments = store.segments().code(source, codePath, spans, memo);
            if (cli.json()) {
                cli.printJson(SegmentsCommand.rows(segments));
            }
            cli.say("coded", segments.size(), codePath, source);
        }
        return 0;
    }
}
