package org.terrain.corpus.analysis;

/**
 * Dunning's log-likelihood ratio G² on the 2×2 table of a term in two parts, and the log-ratio effect size.
 *
 * <pre>
 *            part A     part B
 * term       a          b
 * others     c = t−a    d = (T−t) − b
 * </pre>
 * {@code G² = 2 Σ O·ln(O/E)} over the four cells, with {@code E} the count expected from the margins
 * (a cell with {@code O = 0} contributes 0). Signed: positive when the term's relative frequency is higher in
 * A. Effect: {@code log2((a/t) / (b/(T−t)))}, with 0.5 added to a zero count so that it stays finite.
 *
 * <p>Sources: T. Dunning, "Accurate Methods for the Statistics of Surprise and Coincidence",
 * <i>Computational Linguistics</i> 19(1), 1993; P. Rayson, R. Garside, "Comparing corpora using frequency
 * profiling", 2000 (the two-corpus form); A. Hardie, "Log Ratio", CASS, 2014 (the effect size).
 */
public final class LogLikelihood {
    private LogLikelihood() {
    }

    /** Signed G² for {@code a} occurrences in A of {@code tA} tokens and {@code b} in B of {@code tB}. */
    public static double g2(long a, long tA, long b, long tB) {
        long c = tA - a;
        long d = tB - b;
        double n = (double) tA + tB;
        double term = a + b;
        double rest = c + d;
        double g2 = 2 * (cell(a, term * tA / n) + cell(b, term * tB / n) + cell(c, rest * tA / n)
                + cell(d, rest * tB / n));
        boolean overInA = (double) a / tA >= (double) b / tB;
        return overInA ? g2 : -g2;
    }

    /** {@code log2} of the ratio of relative frequencies, A over B, a zero count taken as 0.5. */
    public static double effect(long a, long tA, long b, long tB) {
        double x = a == 0 ? 0.5 : a;
        double y = b == 0 ? 0.5 : b;
        return Math.log((x / tA) / (y / tB)) / Math.log(2);
    }

    private static double cell(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
