package org.terrain.corpus.agreement;

import java.util.Arrays;

/**
 * MAXQDA's segment agreement for one code in one document: a segment of one coder is matched when the other
 * coder has a segment of the same code that overlaps it by at least {@code percent} % of the longer of the two
 * (the contract's rule; MAXQDA's manual measures the overlap against both segments' extent, which for two
 * segments of similar length is nearly the same). A threshold of 0 still asks for an overlap of one code
 * point. Each segment of either coder counts once.
 */
public final class SegmentMatching {
    /** How many of A's segments found a match in B's, and of B's in A's. */
    public record Matches(int segmentsA, int matchedA, int segmentsB, int matchedB) {
        public static final Matches NONE = new Matches(0, 0, 0, 0);

        public Matches plus(Matches other) {
            return new Matches(segmentsA + other.segmentsA, matchedA + other.matchedA,
                    segmentsB + other.segmentsB, matchedB + other.matchedB);
        }

        public int segments() {
            return segmentsA + segmentsB;
        }

        public int matched() {
            return matchedA + matchedB;
        }

        /** Matched segments of either coder over all their segments; 1 when neither coder has one. */
        public double share() {
            return segments() == 0 ? 1.0 : (double) matched() / segments();
        }
    }

    private SegmentMatching() {
    }

    /** Segments as parallel arrays of starts and ends (end exclusive), in any order. */
    public static Matches match(int[] startsA, int[] endsA, int[] startsB, int[] endsB, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent out of 0–100: " + percent);
        }
        return new Matches(startsA.length, matched(startsA, endsA, startsB, endsB, percent),
                startsB.length, matched(startsB, endsB, startsA, endsA, percent));
    }

    /** How many of {@code mine} have a match among {@code theirs}. */
    private static int matched(int[] myStarts, int[] myEnds, int[] theirStarts, int[] theirEnds, double percent) {
        Sorted theirs = new Sorted(theirStarts, theirEnds);
        int count = 0;
        for (int i = 0; i < myStarts.length; i++) {
            if (theirs.matches(myStarts[i], myEnds[i], percent)) {
                count++;
            }
        }
        return count;
    }

    /** Segments sorted by start, with the running maximum of their ends to stop the backward scan early. */
    private static final class Sorted {
        private final int[] starts;
        private final int[] ends;
        private final int[] maxEnd;

        Sorted(int[] starts, int[] ends) {
            Integer[] order = new Integer[starts.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(starts[x], starts[y]));
            this.starts = new int[order.length];
            this.ends = new int[order.length];
            this.maxEnd = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                this.starts[i] = starts[order[i]];
                this.ends[i] = ends[order[i]];
                maxEnd[i] = Math.max(i == 0 ? Integer.MIN_VALUE : maxEnd[i - 1], this.ends[i]);
            }
        }

        /** Whether one segment starting before {@code end} overlaps [start, end) enough. */
        boolean matches(int start, int end, double percent) {
            int i = firstStartAtOrAfter(end) - 1;
            for (; i >= 0 && maxEnd[i] > start; i--) {
                int overlap = Math.min(end, ends[i]) - Math.max(start, starts[i]);
                int longer = Math.max(end - start, ends[i] - starts[i]);
                if (overlap > 0 && 100.0 * overlap >= percent * longer) {
                    return true;
                }
            }
            return false;
        }

        private int firstStartAtOrAfter(int position) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
