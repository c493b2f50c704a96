package org.terrain.corpus.agreement;

/**
 * Two coders' decisions on the same units, one code at a time: each unit (a code point of speech) is coded by
 * both, by A only, by B only, or by neither. Percent agreement, Cohen's κ and Krippendorff's α of that table.
 *
 * <p>When nothing can be disagreed about — no unit at all, or every unit in the same cell of the diagonal (no
 * unit coded by anyone, or every unit coded by both) — the chance term is 1 and the coefficients 0/0; they are
 * then 1, as NVivo shows κ = 1 for a source neither user coded. The table's counts say when that is the case.
 */
public record TwoByTwo(long both, long aOnly, long bOnly, long neither) {
    public static final TwoByTwo EMPTY = new TwoByTwo(0, 0, 0, 0);

    public TwoByTwo {
        if (both < 0 || aOnly < 0 || bOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public long units() {
        return both + aOnly + bOnly + neither;
    }

    public TwoByTwo plus(TwoByTwo other) {
        return new TwoByTwo(both + other.both, aOnly + other.aOnly, bOnly + other.bOnly, neither + other.neither);
    }

    /** The same table with the coders' roles exchanged. */
    public TwoByTwo swapped() {
        return new TwoByTwo(both, bOnly, aOnly, neither);
    }

    /** Whether chance alone would agree on every unit: both coders put all units in the same category. */
    public boolean degenerate() {
        return aOnly == 0 && bOnly == 0 && (both == 0 || neither == 0);
    }

    /** (both + neither) / units, a share between 0 and 1. */
    public double percent() {
        long n = units();
        return n == 0 ? 1.0 : (double) (both + neither) / n;
    }

    /** Cohen's κ = (p_o − p_e) / (1 − p_e), p_e from each coder's own marginals (Cohen 1960). */
    public double kappa() {
        return CohenKappa.kappa(table());
    }

    /** Krippendorff's α, nominal, two coders, no missing value. */
    public double alpha() {
        if (degenerate()) {
            return 1.0;
        }
        Coincidences coincidences = new Coincidences(2);
        coincidences.addPairs(1, 1, both);
        coincidences.addPairs(1, 0, aOnly);
        coincidences.addPairs(0, 1, bOnly);
        coincidences.addPairs(0, 0, neither);
        return KrippendorffAlpha.nominal(coincidences);
    }

    /** Rows: coder A (not coded, coded); columns: coder B. */
    public long[][] table() {
        return new long[][] {{neither, bOnly}, {aOnly, both}};
    }
}
