package org.terrain.corpus.store;

import org.terrain.corpus.model.Span;

/**
 * How a span moves when {@code [start, end)} of a text is replaced by {@code length} code points, so that codings
 * and turns stay on the same words. Before the edit nothing moves; after it (or at an insertion point at its
 * start) everything shifts; an edit inside a span stretches or shrinks it; a span replaced exactly by a
 * correction follows it; a span that loses part of its words keeps the rest; a span whose words were all
 * deleted has nothing left (null).
 */
record TextEdit(int start, int end, int length) {
    int delta() {
        return length - (end - start);
    }

    /** The span after the edit, or null when all its words were deleted. */
    Span apply(Span span) {
        int s = span.start();
        int e = span.end();
        if (e <= start && !(s == e && s == start && start == end)) {
            return span;
        }
        if (s >= end) {
            return new Span(s + delta(), e + delta());
        }
        if (s == start && e == end) {
            return length == 0 ? null : new Span(start, start + length); // a correction of exactly these words
        }
        if (s <= start && end <= e) {
            int newEnd = e + delta();
            return newEnd > s ? new Span(s, newEnd) : null;
        }
        if (start <= s && e <= end) {
            return null;
        }
        if (s < start) {
            return new Span(s, start);
        }
        return new Span(start + length, e + delta());
    }
}
