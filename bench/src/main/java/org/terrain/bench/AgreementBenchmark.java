package org.terrain.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.analysis.AgreementRequest;
import org.terrain.corpus.analysis.AgreementResult;
import org.terrain.corpus.analysis.AgreementService;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/**
 * Agreement of two coders with 20,000 segments each on a project imported from {@code make-corpus.py} (8M
 * words): the segments are planted first when the project has none by these coders (seed 42, 20 codes, each
 * segment 20–400 code points inside one unit of speech; Bruno's segments are 60 % Anne's with both ends moved
 * by up to 15 code points, 40 % his own), then the comparison is timed: the first in a fresh JVM (cold), then
 * the median of 10 (warm).
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.AgreementBenchmark PROJECT [N]}
 */
public final class AgreementBenchmark {
    static final String ANNE = "Anne (bench)";
    static final String BRUNO = "Bruno (bench)";
    static final int CODES = 20;

    private AgreementBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println(Machine.describe());
        int perCoder = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), "bench")) {
            boolean planted = store.segments().list(null, null).stream()
                    .anyMatch(s -> ANNE.equals(s.segment().coder()));
            if (!planted) {
                long t = System.nanoTime();
                plant(store, perCoder);
                System.out.printf("planted %d + %d segments in %.1f s%n", perCoder, perCoder,
                        (System.nanoTime() - t) / 1e9);
            }
        }
        // Timed on a store opened for reading, as the command opens it.
        try (ProjectStore store = ProjectStore.openForReading(Path.of(args[0]), "bench")) {
            AgreementRequest request = new AgreementRequest(ANNE, BRUNO);
            long start = System.nanoTime();
            AgreementResult first = new AgreementService(store).compare(request);
            double cold = (System.nanoTime() - start) / 1e6;
            double[] warm = new double[10];
            double[] cpu = new double[10];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                new AgreementService(store).compare(request);
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            Arrays.sort(cpu);
            System.out.printf("%d sources, %,d code points of speech, %d codes, segments %d + %d, %,d disagreements%n",
                    first.sources().size(), first.units(), first.codes().size(), first.overall().segmentsA(),
                    first.overall().segmentsB(), first.disagreements().size());
            System.out.printf("overall: agreement %.4f, kappa %.4f, alpha %.4f, segment agreement %.4f%n",
                    first.overall().percent(), first.overall().kappa(), first.overall().alpha(),
                    first.overall().segmentAgreement());
            System.out.printf("cold (first in this JVM): %.0f ms; warm median: %.0f ms, max %.0f ms%n", cold, warm[5],
                    warm[9]);
            // The comparing thread's CPU time: what a shared machine's load does not inflate.
            System.out.printf("warm, CPU time of the comparing thread: median %.0f ms, max %.0f ms%n", cpu[5], cpu[9]);
        }
    }

    /** Anne's and Bruno's segments, each coder's written code by code (one operation per code). */
    private static void plant(ProjectStore store, int perCoder) {
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        List<List<Span>> speech = new ArrayList<>();
        for (SourceStore.Version version : store.sources().versions()) {
            Source source = store.sources().get(version.name());
            List<Span> units = new ArrayList<>();
            if (source.turns().isEmpty()) {
                units.add(new Span(0, source.text().codePointCount(0, source.text().length())));
            } else {
                for (Turn turn : source.turns()) {
                    units.add(turn.speech());
                }
            }
            units.removeIf(u -> u.length() < 25);
            if (!units.isEmpty()) {
                names.add(version.name());
                speech.add(units);
            }
        }
        List<CodePath> codes = new ArrayList<>();
        for (int c = 1; c <= CODES; c++) {
            CodePath path = CodePath.of("Accord", String.format("Code %02d", c));
            if (store.codes().find(path).isEmpty()) {
                store.codes().add(path, null, null);
            }
            codes.add(path);
        }
        List<Map<String, List<Span>>> anne = new ArrayList<>();
        List<Map<String, List<Span>>> bruno = new ArrayList<>();
        List<Set<String>> taken = new ArrayList<>();
        for (int c = 0; c < CODES; c++) {
            anne.add(new HashMap<>());
            bruno.add(new HashMap<>());
            taken.add(new HashSet<>());
        }
        List<int[]> anneSegments = new ArrayList<>(); // source index, code, start, end
        for (int i = 0; i < perCoder; i++) {
            int s = random.nextInt(names.size());
            int c = random.nextInt(CODES);
            Span span = randomIn(random, speech.get(s));
            if (taken.get(c).add(s + ":" + span)) {
                anne.get(c).computeIfAbsent(names.get(s), k -> new ArrayList<>()).add(span);
                anneSegments.add(new int[] {s, c, span.start(), span.end()});
            } else {
                i--;
            }
        }
        for (int i = 0; i < perCoder; i++) {
            int s;
            int c;
            Span span;
            if (random.nextDouble() < 0.6) {
                int[] theirs = anneSegments.get(random.nextInt(anneSegments.size()));
                s = theirs[0];
                c = theirs[1];
                int start = Math.max(0, theirs[2] + random.nextInt(31) - 15);
                int end = Math.max(start + 1, theirs[3] + random.nextInt(31) - 15);
                span = new Span(start, end);
            } else {
                s = random.nextInt(names.size());
                c = random.nextInt(CODES);
                span = randomIn(random, speech.get(s));
            }
            if (taken.get(c).add(s + ":" + span) && span.end() <= speech.get(s).getLast().end()) {
                bruno.get(c).computeIfAbsent(names.get(s), k -> new ArrayList<>()).add(span);
            } else {
                i--;
            }
        }
        write(store, ANNE, codes, anne);
        write(store, BRUNO, codes, bruno);
    }

    private static Span randomIn(Random random, List<Span> units) {
        Span unit = units.get(random.nextInt(units.size()));
        int length = Math.min(unit.length(), 20 + random.nextInt(381));
        int start = unit.start() + random.nextInt(unit.length() - length + 1);
        return new Span(start, start + length);
    }

    private static void write(ProjectStore store, String coder, List<CodePath> codes,
                              List<Map<String, List<Span>>> spans) {
        store.actAs(Identity.named(coder));
        for (int c = 0; c < codes.size(); c++) {
            int n = spans.get(c).values().stream().mapToInt(List::size).sum();
            store.segments().codeMany(spans.get(c), codes.get(c), null,
                    OperationKind.CODING.with(codes.get(c), "bench", n));
        }
    }
}
