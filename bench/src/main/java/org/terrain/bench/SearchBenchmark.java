package org.terrain.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.search.SearchResult;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * On a corpus made by {@code make-corpus.py}: import + index time, the manifest's planted phrases checked
 * exactly, then 20 mixed queries, warm, each asking for the occurrence count and 50 concordance lines, timed
 * p50/p95, against SQLite FTS5 answering the same queries (document count and 50 snippets) in the same run.
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.SearchBenchmark CORPUS [ROUNDS]};
 * {@code -Dterrain.bench.fts=false} stops before FTS5, for comparing two builds of Terrain.
 */
public final class SearchBenchmark {
    /** Terrain's query and FTS5's for the same question. */
    record Pair(String terrain, String fts) {
    }

    static final List<Pair> QUERIES = List.of(
            new Pair("usine", "usine"), new Pair("travail", "travail"), new Pair("ouvrier", "ouvrier"),
            new Pair("entreprise", "entreprise"), new Pair("gouvernement", "gouvernement"), new Pair("école", "ecole"),
            new Pair("\"médiation industrielle\"", "\"médiation industrielle\""),
            new Pair("\"Vallée de la chimie\"", "\"vallée de la chimie\""), new Pair("Saint-Fons", "\"saint fons\""),
            new Pair("\"il y a\"", "\"il y a\""), new Pair("\"la politique\"", "\"la politique\""),
            new Pair("usine AND travail", "usine AND travail"), new Pair("ouvrier OR salarié", "ouvrier OR salarie"),
            new Pair("travail NOT usine", "travail NOT usine"), new Pair("guerre AND paix", "guerre AND paix"),
            new Pair("usin*", "usin*"), new Pair("travaill*", "travaill*"), new Pair("indust*", "indust*"),
            new Pair("\"conseil municipal\"", "\"conseil municipal\""), new Pair("chimie", "chimie"));

    /**
     * Typed without accents or in capitals (docs/search.md), each next to its accented twin: timed apart from
     * {@link #QUERIES}, Terrain only, so that the mixed set stays comparable from one measurement to the next.
     */
    static final List<String> ACCENT_FREE = List.of("securite", "sécurité", "SECURITE", "ecole", "employe",
            "employé", "ouvrieres", "developpement", "elections", "general", "securit*", "sécurit*", "developp*",
            "securite~1", "sécurité~1", "\"vallee de la chimie\"", "\"mediation industrielle\"",
            "\"securite sociale\"", "\"sécurité sociale\"", "\"usine chimie\"~5");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.println(Machine.describe());
        Path work = Files.createTempDirectory("terrain-search-bench");
        try {
            run(corpus, rounds, work);
        } finally {
            ImportBenchmark.delete(work); // a project and an FTS5 copy of the corpus: 300 MB a run
        }
    }

    private static void run(Path corpus, int rounds, Path work) throws Exception {
        try (ProjectStore store = ProjectStore.create(work.resolve("p"), "bench", "bench")) {
            long c0 = processCpu();
            long t0 = System.nanoTime();
            new ImportService(store).importPaths(List.of(corpus), ImportOptions.defaults(), ProgressListener.NONE,
                    Cancellation.none());
            long t1 = System.nanoTime();
            long c1 = processCpu();
            try (SearchIndex index = SearchIndex.open(store, ProgressListener.NONE)) {
                long t2 = System.nanoTime();
                long c2 = processCpu();
                System.out.printf("import %.2f s + index %.2f s = %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        (t2 - t0) / 1e9);
                // CPU time of the whole process (every thread, the JIT and the GC too): less disturbed by load
                System.out.printf("process CPU: import %.2f s + index %.2f s = %.2f s%n", (c1 - c0) / 1e9,
                        (c2 - c1) / 1e9, (c2 - c0) / 1e9);
                System.out.printf("segments: %d%n", segments(store.layout().index()));
                System.out.printf("index on disk: %.1f MB%n", bytes(store.layout().index()) / 1e6);
                checkManifest(index, corpus.resolve("manifest.json"));
                double[] terrain = time(rounds, q -> index.search(SearchRequest.of(q.terrain).withLimit(50)));
                printQueries(index);
                Timing mixed = timeTerrain(rounds, QUERIES.stream().map(Pair::terrain).toList(), index);
                Timing accentFree = timeTerrain(rounds, ACCENT_FREE, index);
                printQueries(index, ACCENT_FREE);
                // CPU time of the searching thread: what a loaded machine (other processes) disturbs least
                System.out.println("| Terrain alone | wall p50 | wall p95 | CPU p50 | CPU p95 (ms) |");
                System.out.println("|---|---|---|---|---|");
                mixed.print("the mixed queries (" + QUERIES.size() + ")");
                accentFree.print("typed without accents or in capitals, and twins (" + ACCENT_FREE.size() + ")");
                if (!Boolean.parseBoolean(System.getProperty("terrain.bench.fts", "true"))) {
                    return;
                }
                List<Path> files = texts(corpus);
                Path fts = work.resolve("fts.sqlite");
                double build = ImportBenchmark.fts5(files, fts);
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fts)) {
                    double[] baseline = time(rounds, q -> fts5(c, q.fts, true));
                    double[] documentsOnly = time(rounds, q -> fts5(c, q.fts, false));
                    System.out.printf("FTS5 index build (same text): %.2f s%n", build);
                    System.out.println("| engine | p50 (ms) | p95 (ms) |");
                    System.out.println("|---|---|---|");
                    System.out.printf("| Terrain (Lucene): occurrences + 50 lines | %.2f | %.2f |%n", pct(terrain, 50),
                            pct(terrain, 95));
                    System.out.printf("| SQLite FTS5: occurrences + 50 lines | %.2f | %.2f |%n", pct(baseline, 50),
                            pct(baseline, 95));
                    System.out.printf("| SQLite FTS5: documents only + 50 lines | %.2f | %.2f |%n",
                            pct(documentsOnly, 50), pct(documentsOnly, 95));
                    System.out.printf("speed-up at p50 (same work): %.1f×%n", pct(baseline, 50) / pct(terrain, 50));
                }
            }
        }
    }

    interface Run {
        void run(Pair query) throws Exception;
    }

    /** Warm-up rounds first, then {@code rounds} timed rounds of all queries; milliseconds per query. */
    static double[] time(int rounds, Run run) throws Exception {
        for (int warm = 0; warm < 5; warm++) {
            for (Pair q : QUERIES) {
                run.run(q);
            }
        }
        List<Double> samples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Pair q : QUERIES) {
                long start = System.nanoTime();
                run.run(q);
                samples.add((System.nanoTime() - start) / 1e6);
            }
        }
        return samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * FTS5's answer: with {@code occurrences}, the same count Terrain gives (every highlighted span of every
     * matching document, FTS5's only way to count them); else the number of documents only.
     */
    static void fts5(Connection c, String query, boolean occurrences) throws Exception {
        // highlight() is allowed only in a plain query on the table: the markers are counted here.
        String sql = occurrences ? "SELECT highlight(docs, 1, char(2), char(3)) FROM docs WHERE docs MATCH ?"
                : "SELECT count(*) FROM docs WHERE docs MATCH ?";
        long total = 0;
        try (PreparedStatement count = c.prepareStatement(sql)) {
            count.setString(1, query);
            try (ResultSet rs = count.executeQuery()) {
                while (rs.next()) {
                    if (occurrences) {
                        total += rs.getString(1).chars().filter(ch -> ch == 2).count();
                    } else {
                        total += rs.getLong(1);
                    }
                }
            }
        }
        if (total < 0) {
            throw new IllegalStateException("unreachable: keeps the count from being optimised away");
        }
        try (PreparedStatement lines = c.prepareStatement(
                "SELECT name, snippet(docs, 1, '[', ']', '…', 12) FROM docs WHERE docs MATCH ? LIMIT 50")) {
            lines.setString(1, query);
            try (ResultSet rs = lines.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        }
    }

    /** Milliseconds per query, sorted: wall clock, and CPU time of the searching thread. */
    record Timing(double[] wall, double[] cpu) {
        void print(String what) {
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.2f |%n", what, pct(wall, 50), pct(wall, 95), pct(cpu, 50),
                    pct(cpu, 95));
        }
    }

    /** Terrain alone on {@code queries}, warm-up rounds first as in {@link #time}. */
    static Timing timeTerrain(int rounds, List<String> queries, SearchIndex index) {
        for (int warm = 0; warm < 5; warm++) {
            queries.forEach(q -> index.search(SearchRequest.of(q).withLimit(50)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String q : queries) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                index.search(SearchRequest.of(q).withLimit(50));
                wall.add((System.nanoTime() - start) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
            }
        }
        return new Timing(wall.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    private static void printQueries(SearchIndex index) {
        printQueries(index, QUERIES.stream().map(Pair::terrain).toList());
    }

    private static void printQueries(SearchIndex index, List<String> queries) {
        System.out.println("| query | total | documents | median ms | median CPU ms |");
        System.out.println("|---|---|---|---|---|");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String q : queries) {
            SearchResult r = index.search(SearchRequest.of(q).withLimit(50));
            double[] ms = new double[11];
            double[] cpu = new double[11];
            for (int i = 0; i < ms.length; i++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                index.search(SearchRequest.of(q).withLimit(50));
                ms[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf("| `%s` | %d | %d | %.2f | %.2f |%n", q, r.total(), r.documents(), ms[5], cpu[5]);
        }
    }

    private static void checkManifest(SearchIndex index, Path manifestFile) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
        boolean all = true;
        for (Map.Entry<String, JsonNode> needle : manifest.path("needles").properties()) {
            for (Map.Entry<String, JsonNode> kind : needle.getValue().properties()) {
                SearchResult r = index.search(SearchRequest.of("\"" + needle.getKey() + "\"")
                        .withKind(SourceKind.parse(kind.getKey()).orElseThrow()).withLimit(0));
                boolean ok = r.documents() == kind.getValue().path("documents").asInt()
                        && r.total() == kind.getValue().path("occurrences").asInt();
                all &= ok;
                System.out.printf("manifest %-24s %-12s documents %d/%d total %d/%d %s%n", needle.getKey(),
                        kind.getKey(), r.documents(), kind.getValue().path("documents").asInt(), r.total(),
                        kind.getValue().path("occurrences").asInt(), ok ? "OK" : "MISMATCH");
            }
        }
        System.out.println(all ? "manifest: all equal" : "manifest: MISMATCH");
    }

    /** Nanoseconds of CPU the whole process used so far. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** How many segments the index holds (one .si file each): what a search walks one by one. */
    private static long segments(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
        }
    }

    private static long bytes(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static List<Path> texts(Path corpus) throws Exception {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
