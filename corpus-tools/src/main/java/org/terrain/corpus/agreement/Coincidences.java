package org.terrain.corpus.agreement;

/**
 * Krippendorff's coincidence matrix over categories 0…k−1: each unit with m_u ≥ 2 values adds, for every
 * ordered pair of its values taken from different coders, 1 / (m_u − 1) to o[c][k]. Units with fewer than two
 * values are not pairable and add nothing (Krippendorff 2019, ch. 12).
 */
public final class Coincidences {
    private final double[][] o;

    public Coincidences(int categories) {
        o = new double[categories][categories];
    }

    /** One unit's values (category indices; one per coder who gave a value). */
    public void addUnit(int... values) {
        int m = values.length;
        if (m < 2) {
            return;
        }
        double weight = 1.0 / (m - 1);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    o[values[i]][values[j]] += weight;
                }
            }
        }
    }

    /** {@code count} units each coded {@code a} by one coder and {@code b} by the other (two coders only). */
    public void addPairs(int a, int b, long count) {
        o[a][b] += count;
        o[b][a] += count;
    }

    int categories() {
        return o.length;
    }

    double get(int c, int k) {
        return o[c][k];
    }
}
