package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.analysis.ConcordanceLine;
import org.terrain.corpus.analysis.ContrastRequest;
import org.terrain.corpus.analysis.SideBySideConcordance;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "concordance", description = "A word form in A and in B, side by side, each line with the codes covering it.")
final class ConcordanceCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--a", required = true, paramLabel = "SELECTOR")
    String a;

    @Option(names = "--b", required = true, paramLabel = "SELECTOR")
    String b;

    @Option(names = "--term", required = true, paramLabel = "FORM")
    String term;

    @Option(names = "--unit", defaultValue = "form", paramLabel = "form|lemma",
            description = "The term is a word form as written (default) or a lemma (every form of it).")
    String unit;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Lines per side.")
    int limit;

    @Option(names = "--with-interviewer")
    boolean withInterviewer;

    ConcordanceCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        ContrastRequest.Unit termUnit = termUnit();
        try (ProjectStore store = cli.openForSearch(project, "concordance")) {
            List<ConcordanceLine> lines = new SideBySideConcordance(store).lines(a, b, term, termUnit, withInterviewer,
                    limit);
            if (cli.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("term", term);
                out.put("a", rows(lines, "a"));
                out.put("b", rows(lines, "b"));
                cli.printJson(out);
            } else {
                for (ConcordanceLine line : lines) {
                    cli.out().printf("%s\t%s\t%60s [%s] %s\t%s%n", line.side().toUpperCase(java.util.Locale.ROOT),
                            line.source(), line.left(), line.match(), line.right(), String.join(", ", line.codes()));
                }
            }
        }
        return 0;
    }

    private static List<Map<String, Object>> rows(List<ConcordanceLine> lines, String side) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ConcordanceLine line : lines) {
            if (!line.side().equals(side)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", line.source());
            row.put("speaker", line.speaker().isEmpty() ? null : line.speaker());
            row.put("start", line.start());
            row.put("end", line.end());
            row.put("left", line.left());
            row.put("match", line.match());
            row.put("right", line.right());
            row.put("codes", line.codes());
            out.add(row);
        }
        return out;
    }

    private ContrastRequest.Unit termUnit() {
        return switch (unit) {
            case "form" -> ContrastRequest.Unit.FORM;
            case "lemma" -> ContrastRequest.Unit.LEMMA;
            default -> throw new UsageException("bad_concordance_unit", unit);
        };
    }
}
