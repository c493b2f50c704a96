package org.terrain.app.ui.document;

import org.terrain.corpus.model.Span;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Between what the user selects (UTF-16 indices of the shown text) and what the store keeps (code points of
 * the canonical text). A selection is coded without the blanks and line breaks at its ends, which a mouse
 * sweep easily takes along and which would make two codings of one sentence differ.
 */
public final class CodingPositions {
    private final CodePointIndex index;

    public CodingPositions(String text) {
        this.index = new CodePointIndex(text);
    }

    public CodePointIndex index() {
        return index;
    }

    /** The span to code for a selection, trimmed of blanks; null when only blanks are selected. */
    public Span toSpan(TextRange selection) {
        String text = index.text();
        int start = Math.min(selection.start(), text.length());
        int end = Math.min(selection.end(), text.length());
        // A selection never splits a character in the area, but an index inside a pair is rounded outwards.
        if (end < text.length() && end > 0 && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        if (start == end) {
            return null;
        }
        return new Span(index.toCodePoint(start), index.toCodePoint(end));
    }

    /** Where a stored span is in the shown text. */
    public TextRange toRange(Span span) {
        int length = index.codePointLength();
        return new TextRange(index.toUtf16(Math.min(span.start(), length)), index.toUtf16(Math.min(span.end(), length)));
    }
}
