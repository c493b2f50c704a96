package org.terrain.corpus.agreement;

/**
 * Brennan and Prediger's κ_n (1981), also called S or free-marginal κ: chance agreement is 1/q for q
 * categories, whatever the coders' own distributions. (p_o − 1/q) / (1 − 1/q).
 */
public final class BrennanPrediger {
    private BrennanPrediger() {
    }

    /** κ_n of a q × q table (q ≥ 2: the categories offered, used or not); 1 when the table is empty. */
    public static double kappaN(long[][] table) {
        CohenKappa.Table t = new CohenKappa.Table(table);
        if (t.k < 2) {
            throw new IllegalArgumentException("at least two categories");
        }
        if (t.n == 0) {
            return 1.0;
        }
        double chance = 1.0 / t.k;
        return (t.observed() - chance) / (1 - chance);
    }
}
