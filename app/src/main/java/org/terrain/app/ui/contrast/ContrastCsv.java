package org.terrain.app.ui.contrast;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * A contrast table as a CSV file for a spreadsheet, as the segments' export writes it: UTF-8 with a byte-order
 * mark, semicolons between fields, quoted when needed, CRLF; decimals with a comma (what a French Excel reads
 * as numbers next to semicolons). Written to a temporary file and moved into place.
 */
public final class ContrastCsv {
    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("terme", "A", "B", "attendu", "score", "effet");

    private ContrastCsv() {
    }

    public static void write(List<TermRow> rows, Path file) throws IOException {
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

    static void write(List<TermRow> rows, Appendable out) throws IOException {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setMinusSign('-');
        DecimalFormat decimal = new DecimalFormat("0.###", symbols);
        line(out, HEADER);
        for (TermRow row : rows) {
            line(out, List.of(row.term(), Long.toString(row.a()), Long.toString(row.b()),
                    decimal.format(row.expected()), decimal.format(row.score()), decimal.format(row.effect())));
        }
    }

    static void line(Appendable out, List<String> fields) throws IOException {
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
