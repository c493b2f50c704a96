package org.terrain.app.ui.common;

import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.terrain.corpus.exchange.ExportTarget;

/**
 * CSV as a French spreadsheet reads it, for every table the app exports: UTF-8 with a byte-order mark (without
 * it Excel reads accents as Latin-1), fields separated by semicolons, quoted when they hold a separator, a quote,
 * a comma, a line break or edge spaces, quotes doubled, lines ended CRLF (RFC 4180), decimals with a comma.
 * Written through the engine's {@link ExportTarget}: never into the project, never half a file.
 */
public final class SpreadsheetCsv {
    public static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    /** Writes the lines of one file. */
    @FunctionalInterface
    public interface Body {
        void write(Appendable out) throws IOException;
    }

    private SpreadsheetCsv() {
    }

    public static void writeFile(ExportTarget file, Body body) {
        file.writeText(out -> {
            out.write(BOM);
            body.write(out);
        });
    }

    public static void line(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    public static String field(String value) {
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(',') >= 0
                || !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Up to three decimals, with a comma and a plain minus: what a French Excel reads as a number. */
    public static DecimalFormat decimals() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setMinusSign('-');
        return new DecimalFormat("0.###", symbols);
    }
}
