package org.terrain.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrain.corpus.exchange.PseudonymisedExport;
import org.terrain.corpus.exchange.TeiExport;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * A pseudonymised TEI export against the plain one, on the same project: a corpus folder (as made by
 * {@code shared/bench/make-corpus.py}) imported, then a pseudonym table of 500 entries — the capitalised words
 * most frequent inside sentences (names of people, places, firms: many occurrences, the hard case) — and the TEI
 * export timed plainly and pseudonymised (copy of the database, every text rewritten, the export, the leak check
 * of what it wrote). Target: pseudonymised ≤ 2 × plain.
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.PseudonymBenchmark CORPUS [RUNS] [ENTRIES]}
 */
public final class PseudonymBenchmark {
    private static final Pattern INSIDE = Pattern.compile("\\p{Ll} (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)");

    private PseudonymBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        System.out.println(Machine.describe());
        Path work = Files.createTempDirectory("terrain-bench-pseudo");
        try (ProjectStore store = ProjectStore.create(work.resolve("p"), "bench", "bench")) {
            long start = System.nanoTime();
            new ImportService(store).importPaths(List.of(corpus), ImportOptions.defaults(), ProgressListener.NONE,
                    Cancellation.none());
            System.out.printf("import: %.1f s%n", (System.nanoTime() - start) / 1e9);
            List<String> names = frequentNames(store, size);
            start = System.nanoTime();
            for (int i = 0; i < names.size(); i++) {
                store.pseudonyms().put(names.get(i), "Pseudo" + i, PseudonymCategory.OTHER, null);
            }
            System.out.printf("table: %d entries in %.1f s (first: %s)%n", names.size(),
                    (System.nanoTime() - start) / 1e9, names.subList(0, Math.min(10, names.size())));
            System.out.println("| run | plain TEI (s) | pseudonymised TEI (s) | ratio |");
            System.out.println("|---|---|---|---|");
            Path plain = work.resolve("plain.xml");
            Path pseudo = work.resolve("pseudo.xml");
            for (int run = 0; run <= runs; run++) { // run 0 warms the JVM up
                long t0 = System.nanoTime();
                TeiExport.export(store, plain, org.terrain.corpus.model.Licence.CC_BY);
                long t1 = System.nanoTime();
                PseudonymisedExport.run(store, pseudo, s -> TeiExport.export(s, pseudo, org.terrain.corpus.model.Licence.CC_BY));
                long t2 = System.nanoTime();
                double a = (t1 - t0) / 1e9;
                double b = (t2 - t1) / 1e9;
                System.out.printf("| %s | %.2f | %.2f | %.2f |%n", run == 0 ? "0 (warm-up)" : run, a, b, b / a);
            }
            // where the time goes, once
            org.terrain.corpus.pseudonym.PseudonymTable table = store.pseudonyms().table();
            long t0 = System.nanoTime();
            try (org.terrain.corpus.store.PseudonymisedCopy copy = org.terrain.corpus.store.PseudonymisedCopy.of(store,
                    table)) {
                long t1 = System.nanoTime();
                TeiExport.export(copy.store(), pseudo, org.terrain.corpus.model.Licence.CC_BY);
                long t2 = System.nanoTime();
                System.out.printf("copy and rewrite %.2f s, export from the copy %.2f s", (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9);
            }
            long t3 = System.nanoTime();
            PseudonymisedExport.check(pseudo, table);
            System.out.printf(", leak check %.2f s%n", (System.nanoTime() - t3) / 1e9);
            System.out.printf("sizes: plain %.1f MB, pseudonymised %.1f MB%n", Files.size(plain) / 1e6,
                    Files.size(pseudo) / 1e6);
        } finally {
            delete(work);
        }
    }

    /**
     * The capitalised words (and hyphenated pairs) most frequent after a lower-case word and hardly ever written in
     * lower case: names (« Le » at a line start of a title is not one, and « le » is in every export's own words).
     */
    private static List<String> frequentNames(ProjectStore store, int size) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lower = new HashMap<>();
        Pattern word = Pattern.compile("\\p{Ll}+");
        for (String name : store.sources().names()) {
            String text = store.sources().get(name).text();
            Matcher m = INSIDE.matcher(text);
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
            Matcher w = word.matcher(text);
            while (w.find()) {
                lower.merge(w.group(), 1, Integer::sum);
            }
        }
        counts.keySet().removeIf(c -> lower.getOrDefault(c.toLowerCase(java.util.Locale.ROOT), 0) * 10 >= counts.get(c));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : sorted) {
            if (out.size() == size) {
                break;
            }
            if (!entry.getKey().startsWith("Pseudo")) {
                out.add(entry.getKey());
            }
        }
        return out;
    }

    private static void delete(Path root) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
