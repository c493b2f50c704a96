package org.terrain.corpus.text;

/**
 * One change of a text: the code points {@code [start, end)} of the text before replaced by {@code text}
 * (an insertion when {@code start == end}, a deletion when {@code text} is empty).
 */
public record TextReplacement(int start, int end, String text) {
    public TextReplacement {
        if (start < 0 || end < start || text == null) {
            throw new IllegalArgumentException("bad replacement " + start + ":" + end);
        }
    }
}
