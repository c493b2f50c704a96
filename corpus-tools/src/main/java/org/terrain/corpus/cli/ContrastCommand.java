package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.analysis.ContrastRequest;
import org.terrain.corpus.analysis.ContrastResult;
import org.terrain.corpus.analysis.ContrastRow;
import org.terrain.corpus.analysis.ContrastService;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "contrast", description = "Practices against discourse: what is over- and under-represented in A compared with A ∪ B.")
final class ContrastCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--a", required = true, paramLabel = "SELECTOR",
            description = "kind=K, case=NAME, attr:KEY=VALUE, code=PATH, speaker=LABEL, joined with &, or rest.")
    String a;

    @Option(names = "--b", required = true, paramLabel = "SELECTOR")
    String b;

    @Option(names = "--unit", defaultValue = "form", paramLabel = "form|lemma|code")
    String unit;

    @Option(names = "--method", defaultValue = "specificities", paramLabel = "specificities|g2")
    String method;

    @Option(names = "--min-freq", defaultValue = "1", paramLabel = "N")
    int minFreq;

    @Option(names = "--top", defaultValue = "0", paramLabel = "N", description = "Keep the N highest and N lowest rows.")
    int top;

    @Option(names = "--with-interviewer", description = "Count interviewer speech too.")
    boolean withInterviewer;

    @Option(names = "--pos", paramLabel = "NOUN,VERB,ADJ", split = ",",
            description = "With --unit lemma: only these parts of speech (universal tags: NOUN, VERB, ADJ, ADV, PROPN...).")
    List<String> partsOfSpeech = new ArrayList<>();

    @Option(names = "--content-words", description = "Only content words (« mots pleins »): French function words "
            + "(articles, pronouns, prepositions, conjunctions, être, avoir, fillers) are left out of the rows; the "
            + "scores still count every word.")
    boolean contentWords;

    ContrastCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        ContrastRequest.Unit parsedUnit = parse(ContrastRequest.Unit.class, unit, "bad_contrast_unit");
        ContrastRequest.Method parsedMethod = parse(ContrastRequest.Method.class, method, "bad_method");
        if (minFreq < 0 || top < 0) {
            throw new UsageException("bad_limit", Math.min(minFreq, top));
        }
        try (ProjectStore store = cli.openForSearch(project, "contrast")) {
            ContrastResult result = new ContrastService(store).contrast(new ContrastRequest(a, b, parsedUnit,
                    parsedMethod, minFreq, top, withInterviewer, PartsOfSpeech.parse(partsOfSpeech), contentWords));
            if (cli.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ContrastRow row : result.rows()) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("term", row.term());
                    out.put("a", row.a());
                    out.put("b", row.b());
                    out.put("expected", row.expected());
                    out.put("score", row.score());
                    out.put("effect", row.effect());
                    rows.add(out);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("a", Map.of("tokens", result.aTokens()));
                out.put("b", Map.of("tokens", result.bTokens()));
                out.put("rows", rows);
                cli.printJson(out);
            } else {
                cli.out().printf("A: %d tokens, B: %d tokens%n", result.aTokens(), result.bTokens());
                cli.out().printf(Locale.ROOT, "%-30s %8s %8s %10s %9s %7s%n", "term", "a", "b", "expected",
                        parsedMethod == ContrastRequest.Method.G2 ? "g2" : "score", "effect");
                for (ContrastRow row : result.rows()) {
                    cli.out().printf(Locale.ROOT, "%-30s %8d %8d %10.2f %9.2f %7.2f%n", row.term(), row.a(), row.b(),
                            row.expected(), row.score(), row.effect());
                }
            }
        }
        return 0;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(code, value);
        }
    }
}
