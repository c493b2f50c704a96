package org.terrain.app.ui.segments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * A retrieved segment as the list shows it: where it comes from, who speaks, the coded words between their
 * context, the memo, and who coded it when.
 *
 * @param speaker the speaker of the turn it is in, or "" outside turns
 * @param before  the words leading up to it in its paragraph (shortened, with "…")
 * @param after   the words following it in its paragraph
 * @param memo    the segment's memo, or null
 * @param start   first code point in the source
 * @param end     code point after the last
 * @param coder   who coded it, or "" when the project does not say (imported without a coder)
 * @param coded   when it was coded
 * @param reviews how many supervisors' verdicts on it are still to resolve (the « Relecture » tab)
 */
public record SegmentRow(long segmentId, String source, CodePath code, String color, String speaker, String before,
                         String text, String after, String memo, int start, int end, String coder, Instant coded,
                         int reviews) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(UiText.locale());

    /** « Élise · 7 déc. 2026 »: who coded it, and the day, in the interface's language and the user's time zone. */
    public String byline() {
        String day = DAY.format(coded.atZone(ZoneId.systemDefault()));
        return coder.isEmpty() ? day : UiText.get("segments.where", coder, day);
    }
}
