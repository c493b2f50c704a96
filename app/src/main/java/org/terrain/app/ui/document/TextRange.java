package org.terrain.app.ui.document;

/**
 * A stretch of the document as JavaFX counts it: UTF-16 indices into the shown text, end exclusive. The store
 * counts code points; the document ViewModel converts between the two, so views only ever see this.
 */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ":" + end);
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int length() {
        return end - start;
    }

    /** Whether the character at {@code index} is inside. */
    public boolean contains(int index) {
        return start <= index && index < end;
    }
}
