package org.terrain.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.terrain.corpus.analysis.ContrastRequest;
import org.terrain.corpus.analysis.ContrastResult;
import org.terrain.corpus.analysis.ContrastService;
import org.terrain.corpus.store.ProjectStore;

/**
 * Specificities over all word forms, interviews against the rest, on a project already imported (and indexed)
 * from {@code make-corpus.py}: the first run in a fresh JVM (cold), then the median of 10 (warm).
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.ContrastBenchmark PROJECT}
 */
public final class ContrastBenchmark {
    private ContrastBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println(Machine.describe());
        ContrastRequest request = new ContrastRequest("kind=interview", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.SPECIFICITIES, 1, 0, false);
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), "bench")) {
            long start = System.nanoTime();
            ContrastResult first = new ContrastService(store).contrast(request);
            double cold = (System.nanoTime() - start) / 1e6;
            double[] warm = new double[10];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                new ContrastService(store).contrast(request);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            System.out.printf("A %d tokens, B %d tokens, %d word forms%n", first.aTokens(), first.bTokens(),
                    first.rows().size());
            System.out.printf("cold (first in this JVM, index opened): %.0f ms; warm median: %.0f ms, max %.0f ms%n",
                    cold, warm[5], warm[9]);
        }
    }
}
