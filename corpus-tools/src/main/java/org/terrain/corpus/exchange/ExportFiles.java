package org.terrain.corpus.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * What the document exports (xlsx, quotations, report, iramuteq, tei) share: finding the turn of a position,
 * formatting times and cutting text by code points. Their files are written through {@link ExportTarget}.
 */
final class ExportFiles {
    private ExportFiles() {
    }

    /** The turn whose label or speech holds the code point {@code position}, or null (prose, or between turns). */
    static Turn turnAt(Source source, int position) {
        for (Turn turn : source.turns()) {
            int start = Math.min(turn.label().start(), turn.speech().start());
            int end = Math.max(turn.label().end(), turn.speech().end());
            if (start <= position && position < end) {
                return turn;
            }
        }
        return null;
    }

    /** {@code hh:mm:ss} of a time in milliseconds. */
    static String time(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** The text of a span of code points. */
    static String cut(String text, Span span) {
        int start = text.offsetByCodePoints(0, span.start());
        return text.substring(start, text.offsetByCodePoints(start, span.length()));
    }

    /** Runs of white space (line breaks included) as one space, stripped. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
