package org.terrain.corpus.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.Codebook;
import org.terrain.codingschemes.qdc.QdcReader;
import org.terrain.codingschemes.qdc.QdcWriter;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectMerge;
import org.terrain.corpus.store.ProjectStore;
import org.xml.sax.SAXException;

/**
 * REFI-QDA exchange: export a project ({@code .qdpx}) and its codebook ({@code .qdc}), and import a
 * {@code .qdpx}, a bare {@code .qde} or a {@code .qdc} (the segments' CSV is {@link SegmentsCsv}). An import is
 * one action: a backup first, then one transaction (one undo). Archives are read in memory with limits (no
 * entry is ever written to disk, so no entry can escape), and XML never reaches outside the file.
 */
public final class ExchangeService {
    static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    static final long MAX_RATIO = 200;
    private static final long RATIO_FLOOR = 16L * 1024 * 1024;
    private static final Set<String> EXTENSIONS = Set.of("qdpx", "qde", "qdc");

    /** Something of the file not imported, or imported as a placeholder: a message key and its detail. */
    public record Warning(String code, String detail) {
    }

    public record ImportedSource(String name, String kind, int chars, int words, int turns, List<String> speakers) {
    }

    public record Outcome(List<ImportedSource> sources, int codes, int segments, List<Warning> warnings) {
    }

    private ExchangeService() {
    }

    public static boolean handles(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    // ---------------------------------------------------------------- import

    /** Imports one exchange file as one action; throws {@link ImportException} when nothing could be read. */
    public static Outcome importFile(ProjectStore store, Path file, long maxBytes) {
        String fileName = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException("file_too_large", fileName, size, maxBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            String extension = extension(fileName);
            String sha256 = sha256(bytes);
            java.util.Optional<String> already = extension.equals("qdc") ? java.util.Optional.empty()
                    : store.sources().nameByContent(sha256);
            if (already.isPresent()) {
                return new Outcome(List.of(), 0, 0, List.of(new Warning("already_imported", already.get())));
            }
            if (extension.equals("qdc")) {
                Codebook codebook = QdcReader.read(bytes, stem(fileName));
                store.backup(Backups.Reason.BEFORE_EXCHANGE_IMPORT);
                int codes = store.codes().install(codebook);
                return new Outcome(List.of(), codes, 0, List.of());
            }
            QdeReader.Result result = readProject(file, bytes, maxBytes);
            ExchangeStore.Snapshot snapshot = result.snapshot();
            if (ProjectMerge.isCopyOf(store, snapshot)) { // its own export: every source would come twice
                throw new ImportException("exchange_self_reimport", fileName,
                        snapshot.sources().stream().filter(s -> !s.text().isEmpty()).count(),
                        store.layout().root().toString());
            }
            store.backup(Backups.Reason.BEFORE_EXCHANGE_IMPORT);
            ExchangeStore.Written written = store.exchange().write(OperationKind.EXCHANGE_IMPORT.with(fileName,
                    snapshot.sources().size(), snapshot.codes().size(), snapshot.segments().size()), snapshot, sha256);
            List<ImportedSource> sources = new ArrayList<>();
            for (ExchangeStore.Src source : snapshot.sources()) {
                sources.add(new ImportedSource(written.sourceNames().get(source.guid()), source.kind().id(),
                        source.text().codePointCount(0, source.text().length()), source.words(),
                        source.turns().size(), source.turns().stream().map(Turn::speaker).distinct().toList()));
            }
            List<Warning> warnings = result.warnings().stream().map(w -> new Warning(w.code(), w.detail())).toList();
            return new Outcome(sources, written.codes(), written.segments(), warnings);
        } catch (SAXException e) {
            throw new ImportException("exchange_invalid", e, fileName, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new ImportException("corrupt_file", e, fileName, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A {@code .qdpx} or a bare {@code .qde} (its sources beside it) read into a snapshot, positions on the
     * canonical texts; nothing is written.
     */
    static QdeReader.Result readProject(Path file, byte[] bytes, long maxBytes) throws IOException, SAXException {
        String fileName = file.getFileName().toString();
        if (extension(fileName).equals("qde")) {
            Path folder = file.toAbsolutePath().getParent();
            return QdeReader.read(bytes, path -> siblingFile(folder, path, maxBytes), stem(fileName));
        }
        Map<String, byte[]> entries = unzip(bytes, fileName);
        byte[] qde = findQde(entries, fileName);
        return QdeReader.read(qde, path -> findEntry(entries, path), stem(fileName));
    }

    /** A bare .qde: its sources are looked up beside it (in sources/ or Sources/), never outside that folder. */
    private static byte[] siblingFile(Path folder, String path, long maxBytes) {
        String relative = relativePath(path);
        if (relative == null) {
            return null;
        }
        for (String candidate : List.of("sources/" + relative, "Sources/" + relative, relative)) {
            Path resolved = folder.resolve(candidate).normalize();
            try {
                if (resolved.startsWith(folder) && Files.isRegularFile(resolved) && Files.size(resolved) <= maxBytes) {
                    return Files.readAllBytes(resolved);
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The part of a source path inside the archive: {@code internal://x.txt}, {@code x.txt}, {@code relative:///x}. */
    private static String relativePath(String path) {
        if (path == null) {
            return null;
        }
        String p = path.strip().replace('\\', '/');
        int scheme = p.indexOf("://");
        if (scheme >= 0) {
            p = p.substring(scheme + 3);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() ? null : p;
    }

    private static byte[] findEntry(Map<String, byte[]> entries, String path) {
        String relative = relativePath(path);
        if (relative == null) {
            return null;
        }
        List<String> wanted = new ArrayList<>(List.of(relative));
        try {
            String decoded = URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!decoded.equals(relative)) {
                wanted.add(decoded);
            }
        } catch (IllegalArgumentException ignored) {
            // not percent-encoded
        }
        for (String w : wanted) {
            String lower = w.toLowerCase(Locale.ROOT);
            for (String prefix : List.of("sources/", "")) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    if (entry.getKey().toLowerCase(Locale.ROOT).equals(prefix + lower)) {
                        return entry.getValue();
                    }
                }
            }
        }
        for (String w : wanted) { // an absolute path of the exporting computer: by file name
            String base = w.substring(w.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                String key = entry.getKey().toLowerCase(Locale.ROOT);
                if (!base.isEmpty() && (key.equals(base) || key.endsWith("/" + base))) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static byte[] findQde(Map<String, byte[]> entries, String fileName) {
        List<String> qdes = entries.keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
        if (qdes.size() == 1) {
            return entries.get(qdes.getFirst());
        }
        List<String> top = qdes.stream().filter(name -> !name.contains("/")).toList();
        if (top.size() == 1) {
            return entries.get(top.getFirst());
        }
        throw new ImportException("exchange_no_qde", fileName, qdes.size());
    }

    /** Inflates every entry in memory, counting: a zip bomb stops at the first limit passed. */
    static Map<String, byte[]> unzip(byte[] zip, String fileName) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportException("zip_bomb", fileName);
                }
                java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
                for (int n; (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_INFLATED_BYTES
                            || inflated > RATIO_FLOOR && inflated > MAX_RATIO * Math.max(1, zip.length)) {
                        throw new ImportException("zip_bomb", fileName);
                    }
                    data.write(buffer, 0, n);
                }
                String name = entry.getName().replace('\\', '/');
                while (name.startsWith("/")) {
                    name = name.substring(1);
                }
                if (entry.isDirectory() || name.isEmpty() || List.of(name.split("/")).contains("..")
                        || name.contains(":")) {
                    continue; // folders, and names that would point outside the archive: never used
                }
                out.put(name, data.toByteArray());
            }
        } catch (ZipException e) {
            throw new ImportException("corrupt_file", e, fileName, e.getMessage());
        } catch (IOException e) {
            throw new ImportException("corrupt_file", e, fileName, e.getMessage());
        }
        if (entries == 0) {
            throw new ImportException("corrupt_file", fileName, "no entry in the archive");
        }
        return out;
    }

    // ---------------------------------------------------------------- export

    /** Writes the project as a REFI-QDA archive: {@code project.qde} and one UTF-8 {@code sources/GUID.txt} each. */
    public static void exportQdpx(ProjectStore store, Path out) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        ExchangeStore.Snapshot snapshot = store.exchange().read();
        target.write(stream -> {
            try (ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                QdeWriter.write(snapshot, new FlushOnClose(zip));
                zip.closeEntry();
                for (ExchangeStore.Src source : snapshot.sources()) {
                    zip.putNextEntry(new ZipEntry("sources/" + source.guid() + ".txt"));
                    zip.write(source.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        });
    }

    /** Writes just {@code project.qde} (for tests and tools that want the XML alone). */
    static void writeQde(ExchangeStore.Snapshot snapshot, OutputStream out) throws XMLStreamException {
        QdeWriter.write(snapshot, out);
    }

    /** Writes the code tree as a REFI-QDA codebook; returns how many codes. */
    public static int exportCodebook(ProjectStore store, Path out) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        ExchangeStore.Snapshot snapshot = store.exchange().read();
        Map<CodeDefinition, String> guids = new IdentityHashMap<>();
        List<CodeDefinition> roots = definitions(snapshot.codes(), null, guids);
        Map<String, org.terrain.codingschemes.CodePath> paths = new java.util.HashMap<>();
        org.terrain.codingschemes.CodeTree.byPath(new Codebook(snapshot.projectName(), null, null, roots))
                .forEach((path, definition) -> paths.put(guids.get(definition), path));
        Codebook codebook = new Codebook(snapshot.projectName(), null, null, roots, codeGroups(snapshot, paths));
        target.write(stream -> {
            try {
                QdcWriter.write(codebook, stream, guids::get);
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        });
        return snapshot.codes().size();
    }

    /** The sets holding codes, as the codebook's groups (their sources stay out: a codebook has none). */
    private static List<org.terrain.codingschemes.CodeGroup> codeGroups(ExchangeStore.Snapshot snapshot,
                                                                        Map<String, org.terrain.codingschemes.CodePath> paths) {
        List<org.terrain.codingschemes.CodeGroup> out = new ArrayList<>();
        for (ExchangeStore.NamedSet set : snapshot.sets()) {
            List<org.terrain.codingschemes.CodePath> members = set.codeGuids().stream().filter(paths::containsKey)
                    .map(paths::get).toList();
            if (!members.isEmpty()) {
                out.add(new org.terrain.codingschemes.CodeGroup(set.name(), set.description(), members));
            }
        }
        return out;
    }

    private static List<CodeDefinition> definitions(List<ExchangeStore.Code> codes, String parent,
                                                    Map<CodeDefinition, String> guids) {
        List<CodeDefinition> out = new ArrayList<>();
        for (ExchangeStore.Code code : codes) {
            if (java.util.Objects.equals(parent, code.parentGuid())) {
                CodeDefinition definition = new CodeDefinition(code.name(), code.color(), code.description(),
                        code.inclusion(), code.exclusion(), code.example(), definitions(codes, code.guid(), guids));
                guids.put(definition, code.guid());
                out.add(definition);
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
