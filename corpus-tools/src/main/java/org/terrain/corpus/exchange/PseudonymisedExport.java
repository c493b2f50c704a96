package org.terrain.corpus.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.terrain.corpus.errors.PseudonymLeakException;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymMatcher;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.PseudonymisedCopy;

/**
 * The one way every export is pseudonymised: when the project's pseudonym table has an entry, the export runs
 * unchanged on a pseudonymised copy of the project ({@link PseudonymisedCopy}), then what it wrote is searched for
 * every original; on a leak the output is deleted and the export fails naming the leaks. The command line's
 * {@code export} subcommands and the app call {@link #run}; {@code --originals} calls the export directly.
 */
public final class PseudonymisedExport {
    /** An export as the exchange classes write one: from a store, returning how many items it wrote. */
    @FunctionalInterface
    public interface Export {
        int write(ProjectStore store);
    }

    /** What was written: the export's count and how many table entries it was pseudonymised with (0: none). */
    public record Result(int count, int entries) {
        public boolean pseudonymised() {
            return entries > 0;
        }
    }

    private static final int LEAKS_SAID = 10;

    private PseudonymisedExport() {
    }

    /**
     * Runs {@code export} pseudonymised when the table has an entry (else as it is); {@code out} is the file or
     * folder it writes, searched afterwards.
     */
    public static Result run(ProjectStore store, Path out, Export export) {
        PseudonymTable table = store.pseudonyms().table();
        if (table.isEmpty()) {
            return new Result(export.write(store), 0);
        }
        int count;
        try (PseudonymisedCopy copy = PseudonymisedCopy.of(store, table)) {
            count = export.write(copy.store());
        }
        check(out, table);
        return new Result(count, table.entries().size());
    }

    /**
     * Searches what was written at {@code out} (a file or a folder) for the table's originals; on a leak deletes
     * it and throws {@link PseudonymLeakException} naming the leaks. For an export written some other way (a
     * review package) that must leave nothing behind.
     */
    public static void check(Path out, PseudonymTable table) {
        List<String> leaks = leaks(out, table.originalsThatMustNotRemain());
        if (!leaks.isEmpty()) {
            delete(out);
            List<String> said = leaks.size() > LEAKS_SAID ? leaks.subList(0, LEAKS_SAID) : leaks;
            throw new PseudonymLeakException(out.toString(), String.join("; ", said)
                    + (leaks.size() > LEAKS_SAID ? "; …" : ""));
        }
    }

    /**
     * Every original found in what was written, as {@code file [entry]: original}.
     *
     * <p>TODO(leak-licences): replace the body by {@code LeakCheck.scan(out, originals)} once it is merged
     * (mapping each {@code LeakCheck.Leak} to its file, entry and original; an unchecked entry is a leak too).
     * Until then, this interim scan reads plain files and zip entries (names and contents, tags removed).
     */
    static List<String> leaks(Path out, Collection<String> originals) {
        // one pass per text, whatever the number of originals: the matcher's word look-up
        PseudonymMatcher matcher = PseudonymMatcher.of(originals.stream()
                .map(original -> new PseudonymEntry(original, "", PseudonymCategory.OTHER, null)).toList());
        List<String> found = new ArrayList<>();
        try {
            List<Path> files;
            if (Files.isDirectory(out)) {
                try (Stream<Path> walk = Files.walk(out)) {
                    files = walk.filter(Files::isRegularFile).toList();
                }
            } else {
                files = List.of(out);
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!file.equals(out)) {
                    scanText(name, null, out.relativize(file).toString(), matcher, found);
                }
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
                    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                            scanText(name, entry.getName(), entry.getName(), matcher, found);
                            String text = new String(readAll(zip), StandardCharsets.UTF_8);
                            scanText(name, entry.getName(), text, matcher, found);
                            if (text.indexOf('<') >= 0) {
                                // a document's words may be split over runs: read once more without the tags
                                scanText(name, entry.getName(), text.replaceAll("<[^>]*>", ""), matcher, found);
                            }
                        }
                    }
                } else {
                    scanText(name, null, new String(bytes, StandardCharsets.UTF_8), matcher, found);
                }
            }
        } catch (IOException e) {
            found.add(out + ": " + e.getMessage());
        }
        return found.stream().distinct().toList();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static void scanText(String file, String entry, String text, PseudonymMatcher matcher,
                                 List<String> found) {
        for (PseudonymMatcher.Hit hit : matcher.find(text)) {
            found.add(file + (entry == null ? "" : " [" + entry + "]") + ": " + hit.entry().original());
        }
    }

    private static void delete(Path out) {
        try {
            if (Files.isDirectory(out)) {
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            } else {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
