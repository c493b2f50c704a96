package org.terrain.corpus.exchange;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The dates the journal and memo exports print: ISO days for facts, the long local form for journal entries. */
final class ExportDates {
    private ExportDates() {
    }

    /** {@code 2026-03-14}. */
    static String day(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(zone));
    }

    /** « samedi 14 mars 2026 », « Saturday, March 14, 2026 ». */
    static String longDay(Instant at, ZoneId zone, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language).format(at.atZone(zone));
    }
}
