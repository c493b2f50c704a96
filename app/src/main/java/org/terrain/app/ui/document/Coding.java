package org.terrain.app.ui.document;

import org.terrain.codingschemes.CodePath;

/**
 * A coded segment as the document draws it: where it is in the shown text, its code's colour, its memo, the
 * lane of the margin its stripe takes, and who coded it.
 *
 * @param color {@code #RRGGBB}
 * @param memo  the segment's memo, or null
 * @param coder the coder's name, or null for a coding brought from a file that did not say
 */
public record Coding(long segmentId, CodePath code, String color, String memo, TextRange range, int lane,
                     String coder) {
    public Coding(long segmentId, CodePath code, String color, String memo, TextRange range, int lane) {
        this(segmentId, code, color, memo, range, lane, null);
    }

    /**
     * "Pratiques › Sécurité — Marie", then the memo on its own lines: what hovering the passage or its stripe
     * shows.
     */
    public String description() {
        String path = String.join(" › ", code.names()) + (coder == null || coder.isBlank() ? "" : " — " + coder);
        return memo == null || memo.isBlank() ? path : path + "\n\n" + memo.strip();
    }

    Coding inLane(int newLane) {
        return new Coding(segmentId, code, color, memo, range, newLane, coder);
    }
}
