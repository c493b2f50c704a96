package org.terrain.app.ui.codes;

import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * A line of the code tree: a code with its colour, its description and its counts.
 *
 * @param color       {@code #RRGGBB}
 * @param description the code's description, or null
 * @param segments    segments coded with this code itself
 * @param total       segments of the code and all its sub-codes: what deleting it removes
 * @param parent      whether it has sub-codes
 */
public record CodeEntry(CodePath path, String color, String description, int segments, int total, boolean parent) {
    /** What the tree shows beside the name: « 12 » for a code without sub-codes, « 12 · 30 » (its own, with them) for a parent. */
    public String countText() {
        return parent ? UiText.number(segments) + " · " + UiText.number(total) : UiText.number(segments);
    }

    public String name() {
        return path.name();
    }

    /** 0 for a code at the root. */
    public int depth() {
        return path.names().size() - 1;
    }

    /** Whether {@code other} is this code or one of its sub-codes. */
    public boolean contains(CodePath other) {
        return other.names().size() >= path.names().size()
                && other.names().subList(0, path.names().size()).equals(path.names());
    }
}
