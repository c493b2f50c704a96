package org.terrain.corpus.agreement;

/**
 * Cohen's κ (Cohen 1960) of two coders on a k × k table of counts: {@code table[i][j]} units put in category
 * i by A and j by B. p_o is the diagonal's share, p_e = Σ_i (row_i / n)(column_i / n): each coder's own
 * distribution, which is what distinguishes κ from Scott's π and from Brennan and Prediger's κ_n.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /** κ; 1 when p_e = 1 (both coders put every unit in the same category, or there is none), see {@link TwoByTwo}. */
    public static double kappa(long[][] table) {
        Table t = new Table(table);
        if (t.n == 0 || t.allInOneCategory()) {
            return 1.0;
        }
        double pe = 0;
        for (int i = 0; i < t.k; i++) {
            pe += ((double) t.rows[i] / t.n) * ((double) t.columns[i] / t.n);
        }
        return (t.observed() - pe) / (1 - pe);
    }

    /** The table's margins and observed agreement, shared with {@link BrennanPrediger}. */
    static final class Table {
        final int k;
        final long n;
        final long[] rows;
        final long[] columns;
        final long diagonal;

        Table(long[][] table) {
            k = table.length;
            rows = new long[k];
            columns = new long[k];
            long total = 0;
            long agreed = 0;
            for (int i = 0; i < k; i++) {
                if (table[i].length != k) {
                    throw new IllegalArgumentException("the table must be square");
                }
                for (int j = 0; j < k; j++) {
                    if (table[i][j] < 0) {
                        throw new IllegalArgumentException("negative count");
                    }
                    rows[i] += table[i][j];
                    columns[j] += table[i][j];
                    total += table[i][j];
                }
                agreed += table[i][i];
            }
            n = total;
            diagonal = agreed;
        }

        double observed() {
            return (double) diagonal / n;
        }

        /** p_e = 1 exactly: one category holds every unit for both coders (then p_o = 1 too). */
        boolean allInOneCategory() {
            for (int i = 0; i < k; i++) {
                if (rows[i] == n && columns[i] == n) {
                    return true;
                }
            }
            return false;
        }
    }
}
