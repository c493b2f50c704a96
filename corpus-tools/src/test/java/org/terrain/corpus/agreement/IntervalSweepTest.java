package org.terrain.corpus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sweeps over sorted boundaries against the obvious per-position arrays, on seeded random segments: same
 * sets, same counts, same matches.
 */
class IntervalSweepTest {
    private static final int CASES = 400;
    private static final int LENGTH = 300;

    @Test
    void unionIntersectionAndDifferenceAgreeWithPositionArrays() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            int[][] a = randomSegments(random);
            int[][] b = randomSegments(random);
            IntervalSet setA = IntervalSet.union(a[0], a[1]);
            IntervalSet setB = IntervalSet.union(b[0], b[1]);
            boolean[] inA = positions(a);
            boolean[] inB = positions(b);
            assertEquals(asText(inA), setA.toString(), "seed " + seed);
            boolean[] both = new boolean[LENGTH];
            boolean[] aOnly = new boolean[LENGTH];
            for (int p = 0; p < LENGTH; p++) {
                both[p] = inA[p] && inB[p];
                aOnly[p] = inA[p] && !inB[p];
            }
            assertEquals(asText(both), setA.intersect(setB).toString(), "seed " + seed);
            assertEquals(asText(aOnly), setA.minus(setB).toString(), "seed " + seed);
            assertEquals(count(both), setA.intersect(setB).length(), "seed " + seed);
        }
    }

    @Test
    void runsAreJoinedOnlyAcrossGapsWithoutSpeech() {
        IntervalSet speech = IntervalSet.union(new int[] {0, 20}, new int[] {10, 30});
        IntervalSet runs = IntervalSet.union(new int[] {5, 20, 25}, new int[] {10, 22, 28});
        // 5:10 ends where speech ends and 20:22 starts where it starts again (a label lies between): one run.
        assertEquals("[5:22, 25:28]", runs.joinedAcrossGapsOutside(speech).toString());
    }

    @Test
    void segmentMatchesAgreeWithBruteForce() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            int[][] a = randomSegments(random);
            int[][] b = randomSegments(random);
            double percent = random.nextInt(5) == 0 ? 0 : random.nextInt(101);
            SegmentMatching.Matches matches = SegmentMatching.match(a[0], a[1], b[0], b[1], percent);
            assertEquals(bruteMatched(a, b, percent), matches.matchedA(), "seed " + seed);
            assertEquals(bruteMatched(b, a, percent), matches.matchedB(), "seed " + seed);
            assertEquals(a[0].length + b[0].length, matches.segments());
        }
    }

    @Test
    void theOverlapIsMeasuredAgainstTheLongerSegment() {
        // 90 of 100 code points shared: 90 % of the longer, matched at 90, not at 91.
        int[] a = {0};
        int[] aEnd = {100};
        int[] b = {10};
        int[] bEnd = {100};
        assertEquals(2, SegmentMatching.match(a, aEnd, b, bEnd, 90).matched());
        assertEquals(0, SegmentMatching.match(a, aEnd, b, bEnd, 91).matched());
        // Touching is not overlapping, even at 0 %.
        assertEquals(0, SegmentMatching.match(new int[] {0}, new int[] {10}, new int[] {10}, new int[] {20}, 0)
                .matched());
    }

    private static int bruteMatched(int[][] mine, int[][] theirs, double percent) {
        int matched = 0;
        for (int i = 0; i < mine[0].length; i++) {
            for (int j = 0; j < theirs[0].length; j++) {
                int overlap = Math.min(mine[1][i], theirs[1][j]) - Math.max(mine[0][i], theirs[0][j]);
                int longer = Math.max(mine[1][i] - mine[0][i], theirs[1][j] - theirs[0][j]);
                if (overlap > 0 && overlap * 100.0 >= percent * longer) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static int[][] randomSegments(Random random) {
        int n = random.nextInt(12);
        int[][] out = new int[2][n];
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(LENGTH - 1);
            out[0][i] = start;
            out[1][i] = start + 1 + random.nextInt(Math.min(80, LENGTH - start));
        }
        return out;
    }

    private static boolean[] positions(int[][] segments) {
        boolean[] in = new boolean[LENGTH + 1];
        for (int i = 0; i < segments[0].length; i++) {
            for (int p = segments[0][i]; p < segments[1][i]; p++) {
                in[p] = true;
            }
        }
        return java.util.Arrays.copyOf(in, LENGTH);
    }

    private static long count(boolean[] in) {
        long n = 0;
        for (boolean b : in) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static String asText(boolean[] in) {
        StringBuilder text = new StringBuilder("[");
        int p = 0;
        while (p < in.length) {
            if (!in[p]) {
                p++;
                continue;
            }
            int start = p;
            while (p < in.length && in[p]) {
                p++;
            }
            text.append(text.length() == 1 ? "" : ", ").append(start).append(':').append(p);
        }
        return text.append(']').toString();
    }
}
