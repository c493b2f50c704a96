package org.terrain.corpus.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.exchange.ExchangeService;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.NewSource;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.text.TextFingerprint;

/**
 * Imports files and folders (recursively) into a project. Each file is atomic: stored whole or not at all,
 * and a bad file is reported and harms nothing else; the batch goes on. A file whose bytes were already
 * imported is skipped, and so is a file whose canonical text a source already had ({@code same_text}): a
 * Transcriber {@code .trs} and its {@code .txt} rendering are one interview ({@link TwinPreference} says which
 * of two such files in one import is kept).
 *
 * <p>Speed: files are read and parsed on every core ahead of the writer, and stored in groups that share one
 * transaction (one fsync for up to {@link #GROUP_FILES} files or {@link #GROUP_MILLIS} ms), each file inside
 * its own savepoint. Cancellation is checked between files; a cancelled or killed import keeps every file of
 * the groups committed before, each complete. The whole import is one action in the operation log, whatever the
 * number of groups: one undo takes back every file it stored.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** Larger files are refused before being read: a thesis transcript is a few MB at most. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    static final int GROUP_FILES = 200;
    static final long GROUP_MILLIS = 1_000;

    private final ProjectStore store;
    private final List<Importer> importers;
    private final long maxBytes;

    public ImportService(ProjectStore store) {
        this(store, defaultImporters(), Long.getLong("terrain.import.maxBytes", DEFAULT_MAX_BYTES));
    }

    public ImportService(ProjectStore store, List<Importer> importers, long maxBytes) {
        this.store = store;
        this.importers = List.copyOf(importers);
        this.maxBytes = maxBytes;
    }

    /** Every format Terrain reads; Tika is created lazily by its importer's first use. */
    public static List<Importer> defaultImporters() {
        return List.of(new PlainTextImporter(), new HtmlImporter(), new TranscriberImporter(), new WebVttImporter(),
                new SrtImporter(), new LazyImporter(TikaDocumentImporter::new,
                java.util.Set.of("pdf", "docx", "odt", "rtf", "doc")));
    }

    public ImportReport importPaths(List<Path> paths, ImportOptions options, ProgressListener progress,
                                    Cancellation cancellation) {
        ImportReport report = new ImportReport();
        List<Candidate> files = new ArrayList<>();
        for (Path path : paths) {
            collect(path, report, files);
        }
        List<Candidate> exchanges = files.stream()
                .filter(f -> ExchangeService.handles(f.file.getFileName().toString())).toList();
        files.removeAll(exchanges);
        // Of two files with one text, the first stored is kept: the one with the most structure goes first.
        files.sort(java.util.Comparator.comparingInt(f -> TwinPreference.rank(f.file.getFileName().toString())));
        for (int i = 0; i < exchanges.size(); i++) {
            if (cancellation.isCancelled()) {
                report.markCancelled();
                return report;
            }
            progress.progress(i, exchanges.size(), exchanges.get(i).shown);
            importExchange(exchanges.get(i), report);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService parsers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "terrain-import-parser");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ProjectStore.GroupedAction oneAction = new ProjectStore.GroupedAction();
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            int submitted = 0;
            int done = 0;
            while (done < files.size() && !cancellation.isCancelled()) {
                int[] doneInGroup = {done};
                int[] submittedBox = {submitted};
                store.batch(oneAction, batch -> {
                    long groupStart = System.nanoTime();
                    int inGroup = 0;
                    while (doneInGroup[0] < files.size() && !cancellation.isCancelled() && inGroup < GROUP_FILES
                            && (System.nanoTime() - groupStart) / 1_000_000 < GROUP_MILLIS) {
                        while (submittedBox[0] < files.size() && ahead.size() < threads * 4) {
                            Candidate next = files.get(submittedBox[0]++);
                            ahead.add(parsers.submit(() -> prepare(next, options)));
                        }
                        Candidate file = files.get(doneInGroup[0]);
                        progress.progress(doneInGroup[0], files.size(), file.shown);
                        store(file, await(ahead.poll()), batch, report, options);
                        doneInGroup[0]++;
                        inGroup++;
                    }
                });
                done = doneInGroup[0];
                submitted = submittedBox[0];
            }
            if (cancellation.isCancelled() && done < files.size()) {
                report.markCancelled();
            }
            progress.progress(done, files.size(), "");
        } finally {
            parsers.shutdownNow();
        }
        return report;
    }

    /**
     * A REFI-QDA file (.qdpx, .qde, .qdc) is one file and one action: every source, code and coding it holds is
     * stored in one transaction after a backup, or nothing is. What it holds that Terrain cannot (pictures,
     * sets, sources missing from the archive…) is reported as skipped, beside the sources imported.
     */
    private void importExchange(Candidate candidate, ImportReport report) {
        try {
            ExchangeService.Outcome outcome = ExchangeService.importFile(store, candidate.file, maxBytes);
            for (ExchangeService.ImportedSource source : outcome.sources()) {
                report.imported().add(new ImportReport.Imported(candidate.shown, source.name(), source.kind(),
                        source.chars(), source.words(), source.turns(), source.speakers()));
            }
            for (ExchangeService.Warning warning : outcome.warnings()) {
                report.skipped().add(new ImportReport.Skipped(candidate.shown, warning.code(), warning.detail()));
            }
        } catch (TerrainException e) {
            report.failed().add(new ImportReport.Failed(candidate.shown, e.code(), e.args()));
        } catch (RuntimeException e) {
            LOG.debug("import of {} failed", candidate.file, e);
            report.failed().add(new ImportReport.Failed(candidate.shown, "unreadable",
                    new Object[] {candidate.file.getFileName().toString(), String.valueOf(e.getMessage())}));
        }
    }

    /** A file to import, the path to show for it, and the path the user gave that led to it. */
    private record Candidate(Path file, String shown, Path root, boolean explicit) {
    }

    /** A file read and parsed, ready to store; or why it cannot be. */
    private record Prepared(Candidate file, ImportedDocument document, SourceKind kind, int words, String sha256,
                            String textSha256, List<ImportReport.Warning> warnings, ImportReport.Skipped skipped,
                            ImportReport.Failed failed) {
    }

    private void collect(Path path, ImportReport report, List<Candidate> out) {
        if (Files.isDirectory(path)) {
            try {
                FolderWalk.Found found = FolderWalk.of(path);
                found.files().forEach(f -> out.add(new Candidate(f, f.toString(), path, false)));
                report.skipped().addAll(found.skipped());
                report.failed().addAll(found.failed());
            } catch (IOException e) {
                report.failed().add(new ImportReport.Failed(path.toString(), "unreadable", new Object[] {
                        path.toString(), e.getMessage()}));
            }
        } else if (Files.isRegularFile(path)) {
            out.add(new Candidate(path, path.toString(), path, true));
        } else {
            report.failed().add(new ImportReport.Failed(path.toString(), "no_such_file",
                    new Object[] {path.toString()}));
        }
    }

    /** Runs on a parser thread: everything that does not touch the database. */
    private Prepared prepare(Candidate candidate, ImportOptions options) {
        Path file = candidate.file;
        String fileName = file.getFileName().toString();
        Optional<Importer> importer = importerFor(fileName);
        if (importer.isEmpty()) {
            return candidate.explicit
                    ? failed(candidate, "unsupported_format", fileName)
                    : new Prepared(candidate, null, null, 0, null, null, List.of(),
                    new ImportReport.Skipped(candidate.shown, "unsupported_format", extension(fileName)), null);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException("file_too_large", fileName, size, maxBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = sha256(bytes);
            ImportedDocument document = importer.get().read(file, bytes, withFolderKind(options, candidate));
            SourceKind kind = options.kind() != null ? options.kind()
                    : KindGuess.fromFolders(candidate.root, file).orElse(
                    document.turns().isEmpty() ? SourceKind.OTHER : SourceKind.INTERVIEW);
            int words = WordCounter.count(document.text(), document.turns());
            List<ImportReport.Warning> warnings = ReplacedCharacters.in(document.text(), fileName).stream().toList();
            return new Prepared(candidate, document, kind, words, sha256, TextFingerprint.of(document.text()),
                    warnings, null, null);
        } catch (TerrainException e) {
            return failed(candidate, e.code(), e.args());
        } catch (OutOfMemoryError e) {
            // The failed line names the file and the reason; the trace is for a developer (-Dterrain.log.level=DEBUG)
            LOG.debug("import of {} ran out of memory", file, e);
            return failed(candidate, "out_of_memory", fileName, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } catch (IOException | RuntimeException e) {
            LOG.debug("import of {} failed", file, e);
            return failed(candidate, "unreadable", fileName, String.valueOf(e.getMessage()));
        }
    }

    /** Turn detection treats a file in an interviews folder as an interview, as if --kind said so. */
    private static ImportOptions withFolderKind(ImportOptions options, Candidate candidate) {
        if (options.kind() != null) {
            return options;
        }
        return KindGuess.fromFolders(candidate.root, candidate.file)
                .map(kind -> new ImportOptions(kind, options.caseName(), options.attributes(), options.turns(),
                        options.caseFromFolder()))
                .orElse(options);
    }

    private static Prepared failed(Candidate candidate, String code, Object... args) {
        return new Prepared(candidate, null, null, 0, null, null, List.of(), null,
                new ImportReport.Failed(candidate.shown, code, args));
    }

    /** Runs on the writer: duplicates are checked here, against what this very batch stored too. */
    private void store(Candidate candidate, Prepared prepared, ProjectStore.Batch batch, ImportReport report,
                       ImportOptions options) {
        if (prepared.failed != null) {
            report.failed().add(prepared.failed);
            return;
        }
        if (prepared.skipped != null) {
            report.skipped().add(prepared.skipped);
            return;
        }
        Optional<String> already = store.sources().nameByContent(prepared.sha256);
        if (already.isPresent()) {
            report.skipped().add(new ImportReport.Skipped(candidate.shown, "already_imported", already.get()));
            return;
        }
        Optional<String> twin = store.sources().nameByText(prepared.textSha256);
        if (twin.isPresent()) {
            report.skipped().add(new ImportReport.Skipped(candidate.shown, "same_text", twin.get()));
            return;
        }
        ImportedDocument document = prepared.document;
        Map<String, String> attributes = new LinkedHashMap<>(document.metadata());
        attributes.putAll(options.attributes());
        String caseName = options.caseFromFolder()
                ? CaseGuess.fromFolder(candidate.root, candidate.file).orElse(null) : options.caseName();
        try {
            String name = store.sources().add(batch, new NewSource(candidate.file.getFileName().toString(),
                    prepared.kind, caseName, attributes, document.text(), document.turns(), prepared.words,
                    candidate.file, prepared.sha256, candidate.file.toAbsolutePath().toString(), prepared.textSha256));
            List<String> speakers = document.turns().stream().map(t -> t.speaker()).distinct().toList();
            report.imported().add(new ImportReport.Imported(candidate.shown, name, prepared.kind.id(),
                    document.text().codePointCount(0, document.text().length()), prepared.words,
                    document.turns().size(), speakers, prepared.warnings));
        } catch (TerrainException e) {
            report.failed().add(new ImportReport.Failed(candidate.shown, e.code(), e.args()));
        } catch (RuntimeException e) {
            LOG.debug("storing {} failed", candidate.file, e);
            report.failed().add(new ImportReport.Failed(candidate.shown, "unreadable",
                    new Object[] {candidate.file.getFileName().toString(), String.valueOf(e.getMessage())}));
        }
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parser failed unexpectedly", e.getCause());
        }
    }

    private Optional<Importer> importerFor(String fileName) {
        String extension = extension(fileName);
        return importers.stream().filter(i -> i.extensions().contains(extension)).findFirst();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
