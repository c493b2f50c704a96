package org.terrain.corpus.pseudonym;

import java.util.Arrays;

/**
 * Where each position of a text (code points) went in its pseudonymised text. Outside a replacement a position
 * moves by what the replacements before it added or took; inside one it rounds outwards, as the REFI-QDA offset
 * maps do: a start to the replacement's start, an end (exclusive) to its end. So a coded passage that held a name
 * holds its replacement, and a word outside every replacement stays the same word.
 */
public final class PositionMap {
    private final int[] fromStart;
    private final int[] fromEnd;
    private final int[] toStart;
    private final int[] toEnd;
    private final int count;

    PositionMap(int[] fromStart, int[] fromEnd, int[] toStart, int[] toEnd, int count) {
        this.fromStart = fromStart;
        this.fromEnd = fromEnd;
        this.toStart = toStart;
        this.toEnd = toEnd;
        this.count = count;
    }

    /** The map of a text nothing replaced in. */
    public static PositionMap identity() {
        return new PositionMap(new int[0], new int[0], new int[0], new int[0], 0);
    }

    /** How many replacements the text had. */
    public int replacements() {
        return count;
    }

    /** Where a start (or any position that begins something) went. */
    public int start(int position) {
        int i = lastAtOrBefore(position, true);
        if (i < 0) {
            return position;
        }
        return position < fromEnd[i] ? toStart[i] : toEnd[i] + (position - fromEnd[i]);
    }

    /** Where an end (exclusive) went. */
    public int end(int position) {
        int i = lastAtOrBefore(position, false);
        if (i < 0) {
            return position;
        }
        return position <= fromEnd[i] ? toEnd[i] : toEnd[i] + (position - fromEnd[i]);
    }

    /** The last replacement starting at or before {@code position} (strictly before for an end), or -1. */
    private int lastAtOrBefore(int position, boolean inclusive) {
        int key = inclusive ? position : position - 1;
        int at = Arrays.binarySearch(fromStart, 0, count, key);
        if (at >= 0) {
            return at;
        }
        return -at - 2;
    }
}
