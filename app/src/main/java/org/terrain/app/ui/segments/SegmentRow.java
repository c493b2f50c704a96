package org.terrain.app.ui.segments;

import org.terrain.codingschemes.CodePath;

/**
 * A retrieved segment as the list shows it: where it comes from, who speaks, the coded words between their
 * context, and the memo.
 *
 * @param speaker the speaker of the turn it is in, or "" outside turns
 * @param before  the words leading up to it in its paragraph (shortened, with "…")
 * @param after   the words following it in its paragraph
 * @param memo    the segment's memo, or null
 * @param start   first code point in the source
 * @param end     code point after the last
 */
public record SegmentRow(long segmentId, String source, CodePath code, String color, String speaker, String before,
                         String text, String after, String memo, int start, int end) {
}
