package org.terrain.corpus.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Krippendorff's α for nominal data (Krippendorff 2019, ch. 12; "Computing Krippendorff's Alpha-Reliability",
 * 2011): α = 1 − D_o / D_e = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k, over the coincidence matrix of the
 * pairable values (any number of coders, missing values allowed).
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /**
     * α of a reliability data matrix: {@code data[coder][unit]}, null for a missing value; values are compared
     * by {@code equals}. 1 when no disagreement is possible (fewer than two pairable values, or one value only).
     */
    public static double nominal(Object[][] data) {
        int units = 0;
        for (Object[] row : data) {
            units = Math.max(units, row.length);
        }
        Map<Object, Integer> categories = new LinkedHashMap<>();
        for (Object[] row : data) {
            for (Object value : row) {
                if (value != null) {
                    categories.putIfAbsent(value, categories.size());
                }
            }
        }
        Coincidences coincidences = new Coincidences(Math.max(categories.size(), 1));
        for (int u = 0; u < units; u++) {
            int[] values = new int[data.length];
            int m = 0;
            for (Object[] row : data) {
                if (u < row.length && row[u] != null) {
                    values[m++] = categories.get(row[u]);
                }
            }
            coincidences.addUnit(java.util.Arrays.copyOf(values, m));
        }
        return nominal(coincidences);
    }

    /** α from a coincidence matrix. */
    public static double nominal(Coincidences o) {
        int k = o.categories();
        double[] marginal = new double[k];
        double n = 0;
        double disagreeing = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginal[c] += o.get(c, d);
                if (c != d) {
                    disagreeing += o.get(c, d);
                }
            }
            n += marginal[c];
        }
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c != d) {
                    expected += marginal[c] * marginal[d];
                }
            }
        }
        if (expected == 0) {
            return 1.0;
        }
        return 1 - (n - 1) * disagreeing / expected;
    }
}
