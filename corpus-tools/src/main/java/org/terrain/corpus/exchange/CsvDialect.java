package org.terrain.corpus.exchange;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.terrain.corpus.errors.UsageException;

/**
 * The two kinds of CSV file Terrain writes ({@link CsvTable} writes them). Both are UTF-8 with CRLF line ends and
 * quote a field only when it must (a separator, a quote, a line break, an edge blank), quotes doubled.
 */
public enum CsvDialect {
    /**
     * What a French Excel opens with a double click: semicolons (the comma is the decimal mark there), a
     * byte-order mark (without it Excel reads the accents as Latin-1), French headers, decimal commas and local
     * date-times ({@code 2026-03-14 10:22:05}, which Excel reads as a date).
     */
    EXCEL_FR("excel-fr", ';', true, Locale.FRENCH),
    /**
     * RFC 4180, for scripts (R, pandas, csvkit): commas, no byte-order mark, English headers, decimal points and
     * ISO-8601 instants in UTC ({@code 2026-03-14T09:22:05Z}).
     */
    RFC4180("rfc4180", ',', false, Locale.ENGLISH);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final String id;
    private final char separator;
    private final boolean byteOrderMark;
    private final Locale language;

    CsvDialect(String id, char separator, boolean byteOrderMark, Locale language) {
        this.id = id;
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
        this.language = language;
    }

    /** The name on the command line: {@code excel-fr}, {@code rfc4180}. */
    public String id() {
        return id;
    }

    /** {@code excel-fr} or {@code rfc4180} (any case); a {@link UsageException} otherwise. */
    public static CsvDialect parse(String id) {
        for (CsvDialect dialect : values()) {
            if (dialect.id.equalsIgnoreCase(id.strip())) {
                return dialect;
            }
        }
        throw new UsageException("export_bad_dialect", id, "excel-fr, rfc4180");
    }

    /** The file a user of this interface language opens: French Excel for French, RFC 4180 otherwise. */
    public static CsvDialect forLanguage(Locale language) {
        return language.getLanguage().equals(Locale.FRENCH.getLanguage()) ? EXCEL_FR : RFC4180;
    }

    /** Whether the headers are French. */
    public boolean french() {
        return language.equals(Locale.FRENCH);
    }

    public char separator() {
        return separator;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** Up to three decimals, with the dialect's decimal mark and a plain minus (what its spreadsheet reads). */
    public String number(double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(french() ? Locale.FRENCH : Locale.ROOT);
        symbols.setMinusSign('-');
        return new DecimalFormat("0.###", symbols).format(value);
    }

    /** A moment to the second: local for Excel in {@code zone}, an ISO-8601 UTC instant for scripts. */
    public String dateTime(Instant at, ZoneId zone) {
        if (at == null) {
            return null;
        }
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return this == EXCEL_FR ? LOCAL.format(second.atZone(zone)) : second.toString();
    }

    CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
    }
}
