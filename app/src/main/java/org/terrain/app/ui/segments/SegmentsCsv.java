package org.terrain.app.ui.segments;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Retrieved segments as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (without it Excel reads
 * accents as Latin-1), fields separated by semicolons (what Excel expects in a French locale), quoted when they
 * hold a separator, a quote or a line break, quotes doubled, lines ended CRLF (RFC 4180). Written to a
 * temporary file and moved into place, so a failed export never leaves half a file.
 */
public final class SegmentsCsv {
    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("source", "code", "locuteur", "début", "fin", "segment",
            "contexte", "mémo");

    private SegmentsCsv() {
    }

    public static void write(List<SegmentRow> rows, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, ".terrain-export", ".csv");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write(BOM);
                write(rows, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static void write(List<SegmentRow> rows, Appendable out) throws IOException {
        line(out, HEADER);
        for (SegmentRow row : rows) {
            line(out, List.of(row.source(), row.code().toString(), row.speaker(), Integer.toString(row.start()),
                    Integer.toString(row.end()), row.text(), row.before() + row.text() + row.after(),
                    row.memo() == null ? "" : row.memo()));
        }
    }

    private static void line(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(',') >= 0
                || !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
