package org.terrain.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * Imports a corpus folder (as made by {@code shared/bench/make-corpus.py}) into a fresh project and reports
 * files/s and MB/s, then indexes the same texts with SQLite FTS5 in the same run, as the baseline.
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.ImportBenchmark CORPUS [RUNS]}
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("corpus %s: %d files, %.1f MB%n", corpus, files.size(), bytes / 1e6);
        System.out.println(Machine.describe());
        System.out.println("| run | Terrain import (s) | files/s | MB/s | words | FTS5 index (s) |");
        System.out.println("|---|---|---|---|---|---|");
        for (int run = 1; run <= runs; run++) {
            Path work = Files.createTempDirectory("terrain-bench");
            try {
                long start = System.nanoTime();
                ImportReport report;
                try (ProjectStore store = ProjectStore.create(work.resolve("p"), "bench", "bench")) {
                    report = new ImportService(store).importPaths(List.of(corpus), ImportOptions.defaults(),
                            ProgressListener.NONE, Cancellation.none());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long words = report.imported().stream().mapToLong(ImportReport.Imported::words).sum();
                double fts = fts5(files, work.resolve("fts.sqlite"));
                System.out.printf("| %d | %.2f | %.0f | %.1f | %d | %.2f |%n", run, seconds,
                        report.imported().size() / seconds, bytes / 1e6 / seconds, words, fts);
                if (!report.failed().isEmpty()) {
                    System.out.println("failed: " + report.failed().size());
                }
            } finally {
                delete(work);
            }
        }
        System.out.printf("peak heap used: %.0f MB%n", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                .getMax() / 1e6);
    }

    /** The baseline: the same texts into an FTS5 table, in one transaction, as a lean indexer would. */
    static double fts5(List<Path> files, Path database) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("CREATE VIRTUAL TABLE docs USING fts5(name, body, tokenize='unicode61 remove_diacritics 2')");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO docs (name, body) VALUES (?, ?)")) {
                for (Path f : files) {
                    insert.setString(1, f.getFileName().toString());
                    insert.setString(2, Files.readString(f, StandardCharsets.UTF_8));
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
