package org.terrain.corpus.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.NewSource;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * Imports files and folders (recursively) into a project. Each file is atomic: it is stored whole in one
 * transaction or not at all, and a bad file is reported and harms nothing else; the batch goes on. A file
 * whose bytes were already imported is skipped. Cancellation is checked between files, so a cancelled batch
 * keeps every file completed before it.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** Larger files are refused before being read: a thesis transcript is a few MB at most. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final ProjectStore store;
    private final List<Importer> importers;
    private final long maxBytes;

    public ImportService(ProjectStore store) {
        this(store, List.of(new PlainTextImporter()), maxBytesFromSystem());
    }

    public ImportService(ProjectStore store, List<Importer> importers, long maxBytes) {
        this.store = store;
        this.importers = List.copyOf(importers);
        this.maxBytes = maxBytes;
    }

    private static long maxBytesFromSystem() {
        return Long.getLong("terrain.import.maxBytes", DEFAULT_MAX_BYTES);
    }

    public ImportReport importPaths(List<Path> paths, ImportOptions options, ProgressListener progress,
                                    Cancellation cancellation) {
        ImportReport report = new ImportReport();
        List<Candidate> files = new ArrayList<>();
        for (Path path : paths) {
            collect(path, report, files);
        }
        int done = 0;
        for (Candidate file : files) {
            if (cancellation.isCancelled()) {
                report.markCancelled();
                break;
            }
            progress.progress(done, files.size(), file.shown);
            importOne(file, options, report);
            done++;
        }
        progress.progress(done, files.size(), "");
        return report;
    }

    /** A file to import and the path to show for it in the report. */
    private record Candidate(Path file, String shown, boolean explicit) {
    }

    private void collect(Path path, ImportReport report, List<Candidate> out) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !isHidden(path, f))
                        .sorted()
                        .forEach(f -> out.add(new Candidate(f, f.toString(), false)));
            } catch (IOException e) {
                report.failed().add(new ImportReport.Failed(path.toString(), "unreadable", new Object[] {
                        path.toString(), e.getMessage()}));
            }
        } else if (Files.isRegularFile(path)) {
            out.add(new Candidate(path, path.toString(), true));
        } else {
            report.failed().add(new ImportReport.Failed(path.toString(), "no_such_file",
                    new Object[] {path.toString()}));
        }
    }

    /** Dot-files and files inside dot-folders (.git, .DS_Store) are not fieldwork. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void importOne(Candidate candidate, ImportOptions options, ImportReport report) {
        Path file = candidate.file;
        String fileName = file.getFileName().toString();
        Optional<Importer> importer = importerFor(fileName);
        if (importer.isEmpty()) {
            if (candidate.explicit) {
                report.failed().add(new ImportReport.Failed(candidate.shown, "unsupported_format",
                        new Object[] {fileName}));
            } else {
                report.skipped().add(new ImportReport.Skipped(candidate.shown, "unsupported_format",
                        extension(fileName)));
            }
            return;
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException("file_too_large", fileName, size, maxBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            String sha256 = sha256(bytes);
            Optional<String> already = store.sources().nameByContent(sha256);
            if (already.isPresent()) {
                report.skipped().add(new ImportReport.Skipped(candidate.shown, "already_imported", already.get()));
                return;
            }
            ImportedDocument document = importer.get().read(file, bytes, options);
            SourceKind kind = options.kind() != null ? options.kind()
                    : document.turns().isEmpty() ? SourceKind.OTHER : SourceKind.INTERVIEW;
            int words = WordCounter.count(document.text(), document.turns());
            Map<String, String> attributes = new LinkedHashMap<>(document.metadata());
            attributes.putAll(options.attributes());
            String name = store.sources().add(new NewSource(fileName, kind, options.caseName(), attributes,
                    document.text(), document.turns(), words, file, sha256, file.toAbsolutePath().toString()));
            List<String> speakers = document.turns().stream().map(t -> t.speaker()).distinct().toList();
            report.imported().add(new ImportReport.Imported(candidate.shown, name, kind.id(),
                    document.text().codePointCount(0, document.text().length()), words, document.turns().size(),
                    speakers));
        } catch (TerrainException e) {
            report.failed().add(new ImportReport.Failed(candidate.shown, e.code(), e.args()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("import of {} failed", file, e);
            report.failed().add(new ImportReport.Failed(candidate.shown, "unreadable",
                    new Object[] {fileName, String.valueOf(e.getMessage())}));
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
