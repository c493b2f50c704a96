package org.terrain.corpus.agreement;

import java.util.Arrays;

/**
 * A set of integer positions held as sorted, disjoint, non-touching half-open intervals [start, end): the
 * code points a coder gave a code, or the code points of speech. Union, intersection and difference walk
 * both lists once (a sweep over sorted boundaries), so their cost follows the number of segments, not the
 * length of the text.
 */
public final class IntervalSet {
    public static final IntervalSet EMPTY = new IntervalSet(new int[0], new int[0], 0);

    private final int[] starts;
    private final int[] ends;
    private final int size;

    private IntervalSet(int[] starts, int[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The union of intervals given in any order, overlapping or not (empty ones ignored). */
    public static IntervalSet union(int[] starts, int[] ends) {
        int n = starts.length;
        long[] packed = new long[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (ends[i] > starts[i]) {
                packed[kept++] = ((long) starts[i] << 32) | (ends[i] & 0xffffffffL);
            }
        }
        Arrays.sort(packed, 0, kept);
        int[] s = new int[kept];
        int[] e = new int[kept];
        int size = 0;
        for (int i = 0; i < kept; i++) {
            int start = (int) (packed[i] >> 32);
            int end = (int) packed[i];
            if (size > 0 && start <= e[size - 1]) {
                e[size - 1] = Math.max(e[size - 1], end);
            } else {
                s[size] = start;
                e[size] = end;
                size++;
            }
        }
        return new IntervalSet(s, e, size);
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** How many positions the set holds. */
    public long length() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    public IntervalSet intersect(IntervalSet other) {
        Builder out = new Builder(Math.min(size, other.size) * 2 + 1);
        int i = 0;
        int j = 0;
        while (i < size && j < other.size) {
            int start = Math.max(starts[i], other.starts[j]);
            int end = Math.min(ends[i], other.ends[j]);
            if (start < end) {
                out.add(start, end);
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return out.build();
    }

    /** The positions of this set that are not in {@code other}. */
    public IntervalSet minus(IntervalSet other) {
        Builder out = new Builder(size + other.size + 1);
        int j = 0;
        for (int i = 0; i < size; i++) {
            int start = starts[i];
            int end = ends[i];
            while (j < other.size && other.ends[j] <= start) {
                j++;
            }
            int k = j;
            while (k < other.size && other.starts[k] < end) {
                if (other.starts[k] > start) {
                    out.add(start, other.starts[k]);
                }
                start = Math.max(start, other.ends[k]);
                k++;
            }
            if (start < end) {
                out.add(start, end);
            }
        }
        return out.build();
    }

    /**
     * The same positions with neighbouring intervals joined when the gap between them holds no position of
     * {@code domain}: a run of disagreement broken only by a speaker's label is one run.
     */
    public IntervalSet joinedAcrossGapsOutside(IntervalSet domain) {
        Builder out = new Builder(size + 1);
        int d = 0;
        for (int i = 0; i < size; i++) {
            if (out.size > 0) {
                int gapStart = out.ends[out.size - 1];
                int gapEnd = starts[i];
                while (d < domain.size && domain.ends[d] <= gapStart) {
                    d++;
                }
                boolean empty = d >= domain.size || domain.starts[d] >= gapEnd;
                if (empty) {
                    out.ends[out.size - 1] = ends[i];
                    continue;
                }
            }
            out.add(starts[i], ends[i]);
        }
        return out.build();
    }

    private static final class Builder {
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int start, int end) {
            if (size > 0 && ends[size - 1] == start) {
                ends[size - 1] = end;
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2 + 1);
                ends = Arrays.copyOf(ends, size * 2 + 1);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        IntervalSet build() {
            return new IntervalSet(starts, ends, size);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            text.append(i == 0 ? "" : ", ").append(starts[i]).append(':').append(ends[i]);
        }
        return text.append(']').toString();
    }
}
