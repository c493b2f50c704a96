package org.terrain.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of the engine in one JVM, on one project: each query is run on one build then on the other, in
 * turn, and the CPU time of the searching thread is compared. On a shared, loaded machine this separates a
 * change's cost from the load far better than two runs of {@link SearchBenchmark} one after the other.
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.SearchComparison PROJECT BEFORE_LIB
 * AFTER_LIB [ROUNDS]}: PROJECT imported and indexed by {@code terrain import}; each LIB a {@code bench/target/lib}
 * folder (the engine's and Lucene's jars are loaded from each, the rest once). Both open the project for reading.
 * With {@code -Dterrain.bench.afterProject=P2}, the second build opens P2 instead: for builds whose indexes differ
 * (the same corpus imported and indexed by each build's own {@code terrain import}).
 */
public final class SearchComparison {
    private static final String[] NAMES = {"before", "after"};

    private SearchComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path[] libs = {Path.of(args[1]), Path.of(args[2])};
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        System.out.println(Machine.describe());
        Path[] projects = {project, Path.of(System.getProperty("terrain.bench.afterProject", project.toString()))};
        Engine[] engines = Engine.load(libs, projects);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> mixed = SearchBenchmark.QUERIES.stream().map(SearchBenchmark.Pair::terrain).toList();
        for (List<String> queries : List.of(mixed, SearchBenchmark.ACCENT_FREE)) {
            double[][][] cpu = new double[2][queries.size()][rounds];
            long[][] totals = new long[2][queries.size()];
            for (int round = -5; round < rounds; round++) {
                for (int q = 0; q < queries.size(); q++) {
                    for (int turn = 0; turn < 2; turn++) {
                        int e = (round + q + turn) % 2 == 0 ? 0 : 1; // who goes first changes every time
                        long start = threads.getCurrentThreadCpuTime();
                        long total = engines[e].search(queries.get(q));
                        if (round >= 0) {
                            cpu[e][q][round] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
                            totals[e][q] = total;
                        }
                    }
                }
            }
            System.out.println("| query | total before | total after | CPU ms before | CPU ms after |");
            System.out.println("|---|---|---|---|---|");
            for (int q = 0; q < queries.size(); q++) {
                System.out.printf("| `%s` | %d | %d | %.2f | %.2f |%n", queries.get(q), totals[0][q], totals[1][q],
                        median(cpu[0][q]), median(cpu[1][q]));
            }
            for (int e = 0; e < 2; e++) {
                double[] all = Arrays.stream(cpu[e]).flatMapToDouble(Arrays::stream).sorted().toArray();
                System.out.printf("%s: CPU p50 %.2f ms, p95 %.2f ms (%d searches)%n", NAMES[e],
                        SearchBenchmark.pct(all, 50), SearchBenchmark.pct(all, 95), all.length);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One build of the engine, reached by reflection through its own class loader. */
    private record Engine(Object index, Method search, Method of, Method withLimit, Method total) {
        static Engine[] load(Path[] libs, Path[] projects) throws Exception {
            List<URL> shared = new ArrayList<>();
            List<List<URL>> own = List.of(new ArrayList<>(), new ArrayList<>());
            try (Stream<Path> jars = Files.list(libs[1])) {
                for (Path jar : jars.sorted().toList()) {
                    String name = jar.getFileName().toString();
                    if (name.startsWith("corpus-tools") || name.startsWith("coding-schemes")
                            || name.startsWith("lucene-")) {
                        for (int e = 0; e < 2; e++) {
                            own.get(e).add(libs[e].resolve(name).toUri().toURL());
                        }
                    } else {
                        shared.add(jar.toUri().toURL());
                    }
                }
            }
            ClassLoader common = new URLClassLoader(shared.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Engine[] engines = new Engine[2];
            for (int e = 0; e < 2; e++) {
                ClassLoader loader = new URLClassLoader(own.get(e).toArray(URL[]::new), common);
                Thread.currentThread().setContextClassLoader(loader);
                Class<?> store = loader.loadClass("org.terrain.corpus.store.ProjectStore");
                Class<?> index = loader.loadClass("org.terrain.corpus.search.SearchIndex");
                Class<?> request = loader.loadClass("org.terrain.corpus.search.SearchRequest");
                Class<?> progress = loader.loadClass("org.terrain.corpus.task.ProgressListener");
                Object opened = store.getMethod("openForReading", Path.class, String.class).invoke(null,
                        projects[e], "bench");
                long start = System.nanoTime();
                Object searchIndex = index.getMethod("open", store, progress)
                        .invoke(null, opened, progress.getField("NONE").get(null));
                engines[e] = new Engine(searchIndex, index.getMethod("search", request),
                        request.getMethod("of", String.class), request.getMethod("withLimit", int.class),
                        loader.loadClass("org.terrain.corpus.search.SearchResult").getMethod("total"));
                long first = System.nanoTime();
                engines[e].search("sécurité");
                System.out.printf("%s: index opened in %.0f ms, first search (sécurité) %.0f ms%n", NAMES[e],
                        (first - start) / 1e6, (System.nanoTime() - first) / 1e6);
            }
            return engines;
        }

        long search(String query) throws Exception {
            Object request = withLimit.invoke(of.invoke(null, query), 50);
            return (long) total.invoke(search.invoke(index, request));
        }
    }
}
