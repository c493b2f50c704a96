package org.terrain.app.ui.document;

import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * A coded segment as the document draws it: where it is in the shown text, its code's colour, its memo, the
 * lane of the margin its stripe takes, and who coded it.
 *
 * @param color {@code #RRGGBB}
 * @param memo    the segment's memo, or null
 * @param coder   the coder's name, or null for a coding brought from a file that did not say
 * @param reviews how many supervisors' verdicts on it are still to resolve (its stripe is marked)
 */
public record Coding(long segmentId, CodePath code, String color, String memo, TextRange range, int lane,
                     String coder, int reviews) {
    public Coding(long segmentId, CodePath code, String color, String memo, TextRange range, int lane) {
        this(segmentId, code, color, memo, range, lane, null, 0);
    }

    /**
     * "Pratiques › Sécurité — Marie", then the memo on its own lines, then the verdicts to resolve: what hovering
     * the passage or its stripe shows.
     */
    public String description() {
        String path = String.join(" › ", code.names()) + (coder == null || coder.isBlank() ? "" : " — " + coder);
        String described = memo == null || memo.isBlank() ? path : path + "\n\n" + memo.strip();
        return reviews == 0 ? described : described + "\n\n" + UiText.get("segments.reviews", reviews);
    }

    Coding inLane(int newLane) {
        return new Coding(segmentId, code, color, memo, range, newLane, coder, reviews);
    }
}
