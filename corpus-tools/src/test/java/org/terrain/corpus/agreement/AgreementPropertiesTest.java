package org.terrain.corpus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** What must hold of every table, on seeded random ones (a failure names its seed). */
class AgreementPropertiesTest {
    private static final int CASES = 500;

    @Test
    void aCoderWithHimselfAgreesPerfectly() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            TwoByTwo self = new TwoByTwo(random.nextInt(1000), 0, 0, random.nextInt(100_000));
            assertEquals(1.0, self.kappa(), 1e-12, "seed " + seed);
            assertEquals(1.0, self.alpha(), 1e-12, "seed " + seed);
            assertEquals(1.0, self.percent(), 1e-12, "seed " + seed);
            Integer[][] values = randomData(random, 1);
            Integer[][] twice = {values[0], values[0].clone()};
            assertEquals(1.0, KrippendorffAlpha.nominal(twice), 1e-12, "seed " + seed);
        }
    }

    @Test
    void swappingTheCodersChangesNothing() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            TwoByTwo table = new TwoByTwo(random.nextInt(500), random.nextInt(500), random.nextInt(500),
                    random.nextInt(10_000));
            TwoByTwo swapped = table.swapped();
            assertEquals(table.kappa(), swapped.kappa(), 1e-12, "seed " + seed);
            assertEquals(table.alpha(), swapped.alpha(), 1e-12, "seed " + seed);
            assertEquals(table.percent(), swapped.percent(), 1e-12, "seed " + seed);
            Integer[][] data = randomData(random, 3);
            Integer[][] reordered = {data[2], data[0], data[1]};
            assertEquals(KrippendorffAlpha.nominal(data), KrippendorffAlpha.nominal(reordered), 1e-12, "seed " + seed);
            long[][] square = randomSquare(random);
            assertEquals(CohenKappa.kappa(square), CohenKappa.kappa(transposed(square)), 1e-12, "seed " + seed);
        }
    }

    @Test
    void kappaAndAlphaStayWithinTheirBoundsAndAreNeverNaN() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            TwoByTwo table = new TwoByTwo(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3));
            for (double value : new double[] {table.kappa(), table.alpha(), table.percent()}) {
                assertFalse(Double.isNaN(value) || Double.isInfinite(value), "seed " + seed + " " + table);
                assertTrue(value >= -1.0 - 1e-12 && value <= 1.0 + 1e-12, "seed " + seed + " " + table);
            }
        }
    }

    @Test
    void nothingToDisagreeAboutIsPerfectAgreement() {
        for (TwoByTwo table : new TwoByTwo[] {TwoByTwo.EMPTY, new TwoByTwo(0, 0, 0, 1000),
            new TwoByTwo(1000, 0, 0, 0)}) {
            assertTrue(table.degenerate());
            assertEquals(1.0, table.kappa());
            assertEquals(1.0, table.alpha());
            assertEquals(1.0, table.percent());
        }
        Integer[][] oneValue = {{1, 1, null}, {1, null, null}};
        assertEquals(1.0, KrippendorffAlpha.nominal(oneValue));
        assertEquals(1.0, KrippendorffAlpha.nominal(new Integer[][] {{}, {}}));
        assertEquals(1.0, SegmentMatching.Matches.NONE.share());
    }

    @Test
    void oneCoderCodingEverythingTheOtherNothingIsNoBetterThanChance() {
        TwoByTwo table = new TwoByTwo(0, 1000, 0, 0);
        assertFalse(table.degenerate());
        assertEquals(0.0, table.kappa(), 1e-12);
        assertEquals(0.0, table.percent(), 1e-12);
    }

    private static Integer[][] randomData(Random random, int coders) {
        int units = 2 + random.nextInt(30);
        Integer[][] data = new Integer[coders][units];
        for (int c = 0; c < coders; c++) {
            for (int u = 0; u < units; u++) {
                data[c][u] = random.nextInt(5) == 0 ? null : random.nextInt(4);
            }
        }
        // Two different values at least, so that α is not the 1 of "no variation".
        data[0][0] = 0;
        data[0][1] = 1;
        return data;
    }

    private static long[][] randomSquare(Random random) {
        int k = 2 + random.nextInt(4);
        long[][] table = new long[k][k];
        for (long[] row : table) {
            for (int j = 0; j < k; j++) {
                row[j] = random.nextInt(50);
            }
        }
        return table;
    }

    private static long[][] transposed(long[][] table) {
        long[][] out = new long[table.length][table.length];
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                out[j][i] = table[i][j];
            }
        }
        return out;
    }
}
