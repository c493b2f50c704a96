package org.terrain.corpus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The values published with their data (../shared/spec/agreement-vectors.md), reproduced to 1e-3 or better. */
class PublishedValuesTest {
    private static final Integer N = null;

    @Test
    void krippendorff2011FourCodersTwelveUnitsWithMissingValues() {
        Integer[][] data = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3},
            {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N},
        };
        assertEquals(0.743, KrippendorffAlpha.nominal(data), 5e-4);
    }

    @Test
    void krippendorffPythonPackageThreeCodersFifteenUnits() {
        Integer[][] data = {
            {N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3},
            {1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N},
            {N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4},
        };
        assertEquals(0.691358, KrippendorffAlpha.nominal(data), 1e-6);
    }

    @Test
    void krippendorff1980BinaryPairs() {
        Integer[][] data = {
            {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
            {0, 1, 1, 0, 0, 1, 0, 1, 0, 0},
        };
        assertEquals(0.095, KrippendorffAlpha.nominal(data), 5e-4);
    }

    @Test
    void krippendorff1980ThreeCodersNominal() {
        Integer[][] data = {
            {1, 1, 2, 4, 1, 2, 1, 3, 2},
            {1, 2, 2, 4, 4, 2, 2, 3, 2},
            {1, 2, 2, 4, 4, 2, 3, 3, 2},
        };
        assertEquals(0.642, KrippendorffAlpha.nominal(data), 5e-4);
    }

    @Test
    void brennanAndPrediger1981ExampleOne() {
        // Rows: A's category 1, 2, 3; columns: B's.
        long[][] table = {
            {50, 0, 0},
            {10, 10, 10},
            {20, 0, 0},
        };
        assertEquals(0.2727, CohenKappa.kappa(table), 1e-4);
        assertEquals(0.40, BrennanPrediger.kappaN(table), 1e-9);
    }

    @Test
    void nvivoCharacterExample() {
        TwoByTwo table = new TwoByTwo(50, 100, 50, 800);
        assertEquals(0.85, table.percent(), 1e-12);
        assertEquals(0.318, table.kappa(), 5e-4);
    }

    @Test
    void theCaseQualCoderGetsWrong() {
        TwoByTwo table = new TwoByTwo(50, 50, 50, 850);
        assertEquals(0.90, table.percent(), 1e-12);
        assertEquals(0.4444, table.kappa(), 1e-4);
        assertEquals(0.4447, table.alpha(), 1e-4);
        assertNotEquals(0.2987, table.kappa(), 0.1);
    }

    @Test
    void theTwoByTwoAlphaIsTheGeneralAlphaOfTheSameUnits() {
        TwoByTwo table = new TwoByTwo(7, 3, 5, 20);
        Integer[][] data = new Integer[2][(int) table.units()];
        int u = 0;
        for (int i = 0; i < table.both(); i++, u++) {
            data[0][u] = 1;
            data[1][u] = 1;
        }
        for (int i = 0; i < table.aOnly(); i++, u++) {
            data[0][u] = 1;
            data[1][u] = 0;
        }
        for (int i = 0; i < table.bOnly(); i++, u++) {
            data[0][u] = 0;
            data[1][u] = 1;
        }
        for (int i = 0; i < table.neither(); i++, u++) {
            data[0][u] = 0;
            data[1][u] = 0;
        }
        assertEquals(KrippendorffAlpha.nominal(data), table.alpha(), 1e-12);
    }
}
