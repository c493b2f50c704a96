package org.terrain.corpus.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.terrain.corpus.store.SqliteCells;

/**
 * Reads what an export wrote, as anyone who receives it could, and lists every original of the pseudonym table
 * still in it: plain text, CSV, XML, HTML and JSON (entities and escapes decoded, attribute values included, a
 * name split across a word processor's runs glued back), zip archives to any depth (.docx, .odt, .xlsx, .qdpx and
 * any zip, their metadata included), a review package's SQLite cells, and the names of files, folders and
 * entries. Names are compared folded ({@link org.terrain.corpus.text.NameFold}), as whole words.
 *
 * <p>Whatever could not be read — an entry over the size limits (a zip bomb), an archive too deeply nested, a
 * damaged archive or database — is listed too, as a {@link Leak} without an original ({@link Leak#unchecked()}):
 * a check that silently skipped part of a file would say « no leak » about something it never read.
 */
public final class LeakCheck {
    /** One text read whole: the TEI of an 8-million-word corpus is about 100 MB. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** All the bytes read (and inflated) in one scan. */
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 50_000;
    /** A .qdpx inside a zip inside a zip is plausible; deeper is a trap. */
    static final int MAX_DEPTH = 5;
    private static final int CONTEXT = 40;
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|[\"\\\\/bfnrt])");

    /**
     * An original found in {@code file} (as the path was given, or a file under the folder given); {@code entry}
     * is the archive entry it is in ({@code outer/inner.zip!/x.txt} when nested; {@code table.column} in a review
     * package), null for the file itself; {@code context} is about 40 characters either side. Without an original,
     * the part named could not be checked and {@code context} says why.
     */
    public record Leak(String file, String entry, String original, String context) {
        public boolean unchecked() {
            return original == null;
        }
    }

    private final LeakMatcher matcher;
    private final long maxEntryBytes;
    private final Map<String, Leak> leaks = new LinkedHashMap<>();
    private long budget;

    private LeakCheck(Collection<String> originals, long maxEntryBytes, long maxTotalBytes) {
        this.matcher = new LeakMatcher(originals);
        this.maxEntryBytes = maxEntryBytes;
        this.budget = maxTotalBytes;
    }

    /** Every original found in this file, or in the files under this folder; none when the table is empty. */
    public static List<Leak> scan(Path fileOrFolder, Collection<String> originals) {
        return scan(fileOrFolder, originals, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    /** With other size limits (tests: a zip bomb need not weigh 256 MB to be one). */
    static List<Leak> scan(Path fileOrFolder, Collection<String> originals, long maxEntryBytes, long maxTotalBytes) {
        LeakCheck check = new LeakCheck(originals, maxEntryBytes, maxTotalBytes);
        if (check.matcher.isEmpty()) {
            return List.of();
        }
        try {
            check.scanPath(fileOrFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(check.leaks.values());
    }

    private void scanPath(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            scanFile(root, root.getFileName() == null ? root.toString() : root.getFileName().toString());
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            // links too: whoever zips the folder to send it may well follow them
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            // the folder's own name and the path under it: what a recipient of the folder sees
            String shown = (root.getFileName() == null ? "" : root.getFileName() + "/")
                    + root.relativize(file).toString().replace('\\', '/');
            scanFile(file, shown);
        }
    }

    private void scanFile(Path file, String shownName) {
        String label = file.toString();
        scanName(label, null, shownName);
        if (!Files.isRegularFile(file)) {
            unchecked(label, null, "not a regular file");
            return;
        }
        try {
            scanContent(file, label);
        } catch (IOException | UncheckedIOException unreadable) {
            unchecked(label, null, "unreadable file (" + unreadable.getMessage() + ")");
        }
    }

    private void scanContent(Path file, String label) throws IOException {
        long size = Files.size(file);
        if (size > maxEntryBytes || size > budget) {
            unchecked(label, null, "file of " + size + " bytes, over the leak check's limit");
            return;
        }
        budget -= size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        if (SqliteCells.isSqlite(head)) {
            scanSqlite(file, label, null);
            return;
        }
        scanBytes(Files.readAllBytes(file), label, null, 0);
    }

    private void scanBytes(byte[] bytes, String file, String entry, int depth) throws IOException {
        if (isZip(bytes)) {
            if (depth >= MAX_DEPTH) {
                unchecked(file, entry, "archive nested more than " + MAX_DEPTH + " deep");
            } else {
                scanZip(bytes, file, entry, depth + 1);
            }
        } else if (SqliteCells.isSqlite(bytes)) {
            Path copy = Files.createTempFile("terrain-leak-check", ".sqlite");
            try {
                Files.write(copy, bytes);
                scanSqlite(copy, file, entry);
            } finally {
                Files.deleteIfExists(copy);
            }
        } else {
            scanText(decode(bytes), file, entry);
        }
    }

    private void scanZip(byte[] zip, String file, String outer, int depth) throws IOException {
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String entry = outer == null ? e.getName() : outer + "!/" + e.getName();
                scanName(file, entry, e.getName());
                if (++entries > MAX_ENTRIES) {
                    unchecked(file, outer, "more than " + MAX_ENTRIES + " entries: the rest was not read");
                    return;
                }
                if (e.isDirectory()) {
                    continue;
                }
                long limit = Math.min(maxEntryBytes, budget);
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (content.length > limit) {
                    // reading on would inflate the bomb: what follows in this archive is left unread, and said so
                    unchecked(file, entry, "entry over " + limit + " bytes once inflated: it and the rest of the "
                            + "archive were not read");
                    budget = Math.max(0, budget - content.length);
                    return;
                }
                budget -= content.length;
                scanBytes(content, file, entry, depth);
            }
        } catch (java.util.zip.ZipException | java.io.EOFException damaged) {
            unchecked(file, outer, "damaged archive (" + damaged.getMessage() + "): not all of it was read");
        }
        if (entries == 0) {
            unchecked(file, outer, "an archive with no readable entry");
        }
    }

    private void scanSqlite(Path database, String file, String entry) throws IOException {
        try {
            SqliteCells.read(database, new SqliteCells.Visitor() {
                @Override
                public void text(String where, String text) {
                    scanText(text, file, join(entry, where));
                }

                @Override
                public void bytes(String where, byte[] bytes) {
                    try {
                        scanBytes(bytes, file, join(entry, where), 1);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (IOException damaged) {
            unchecked(file, entry, "unreadable SQLite file (" + damaged.getMessage() + ")");
            scanText(decode(Files.readAllBytes(database)), file, entry);
        }
    }

    private static String join(String entry, String where) {
        return entry == null ? where : entry + "!/" + where;
    }

    /**
     * The raw text, then what a reader of it sees: entities, JSON escapes, the text of markup. A large text (the
     * TEI of a corpus) has its readings made and searched in parallel, then reported in this order.
     */
    private void scanText(String raw, String file, String entry) {
        List<java.util.function.Supplier<List<String>>> readings = new ArrayList<>();
        readings.add(() -> List.of(raw));
        if (raw.indexOf('&') >= 0 && EntityReading.needed(raw, matcher)) {
            readings.add(() -> List.of(MarkupText.decodeEntities(raw)));
        }
        if (hasJsonEscape(raw)) { // without one, the unescaped reading is the raw text again
            readings.add(() -> List.of(unescapeJson(raw)));
        }
        if (raw.indexOf('<') >= 0 && raw.indexOf('>') >= 0) {
            readings.add(() -> {
                MarkupText markup = MarkupText.of(raw);
                return List.of(markup.spaced, markup.joined);
            });
        }
        boolean large = raw.length() > PARALLEL_FROM;
        java.util.stream.Stream<java.util.function.Supplier<List<String>>> stream = readings.stream();
        if (large) {
            stream = stream.parallel();
        }
        // the two readings of markup are searched at once too: the parse is the longest task, the rest waits on it
        List<List<Found>> found = stream.map(reading -> {
            java.util.stream.Stream<String> texts = reading.get().stream();
            return (large ? texts.parallel() : texts).map(text -> new Found(text, matcher.find(text))).toList();
        }).toList();
        for (List<Found> texts : found) {
            for (Found text : texts) {
                report(text, file, entry, false);
            }
        }
    }

    /** A reading of a text and the originals found in it. */
    private record Found(String text, List<LeakMatcher.Hit> hits) {
    }

    /** Texts longer than this (chars) are read their several ways at once. */
    private static final int PARALLEL_FROM = 1 << 20;

    private void scanName(String file, String entry, String name) {
        report(new Found(name, matcher.find(name)), file, entry, true);
    }

    private void report(Found found, String file, String entry, boolean isName) {
        String text = found.text();
        for (LeakMatcher.Hit hit : found.hits()) {
            String key = file + "\u0000" + entry + "\u0000" + hit.original() + "\u0000" + isName;
            leaks.computeIfAbsent(key, k -> new Leak(file, entry, hit.original(), context(text, hit)));
        }
    }

    private void unchecked(String file, String entry, String why) {
        leaks.putIfAbsent(file + "\u0000" + entry + "\u0000unchecked", new Leak(file, entry, null, why));
    }

    private static String context(String text, LeakMatcher.Hit hit) {
        int from = Math.max(0, hit.start() - CONTEXT);
        int to = Math.min(text.length(), hit.end() + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6);
    }

    /** UTF-8 or UTF-16 by their byte-order mark, else UTF-8 when valid, else Windows-1252 (a Latin-1 CSV). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        // the JDK's own UTF-8 decoding is several times faster than a decoder that reports; it puts U+FFFD where
        // the bytes are not UTF-8, so a text without one was valid UTF-8 and reads the same either way
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A backslash followed by what {@link #unescapeJson} decodes. */
    private static boolean hasJsonEscape(String text) {
        for (int at = text.indexOf('\\'); at >= 0 && at + 1 < text.length(); at = text.indexOf('\\', at + 1)) {
            if ("u\"\\/bfnrt".indexOf(text.charAt(at + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String unescapeJson(String text) {
        Matcher m = JSON_ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String esc = m.group(1);
            String replacement = switch (esc.charAt(0)) {
                case 'u' -> Character.toString((char) Integer.parseInt(esc.substring(1), 16));
                case 'n', 'r', 't', 'b', 'f' -> " ";
                default -> esc;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
