package org.terrain.corpus.analysis;

/**
 * Lafon's specificities (hypergeometric model), as TXM computes them.
 *
 * <p>A population of {@code T} tokens holds {@code F} occurrences of a term; a part of it has {@code t} tokens,
 * of which {@code k} are the term. Under independence the count in the part is hypergeometric:
 * {@code P(X = x) = C(F, x) C(T − F, t − x) / C(T, t)}, with mean {@code F·t/T}. The score is
 * {@code −log10 P(X ≥ k)} when {@code k} is at or above the mean (over-use: positive), and
 * {@code +log10 P(X ≤ k)} below it (under-use: negative).
 *
 * <p>Computed in log space (log-gamma for the first term, then the ratio of consecutive terms
 * {@code P(x+1)/P(x) = (F−x)(t−x) / ((x+1)(T−F−t+x+1))}), exact for corpora of millions of tokens where
 * the probabilities underflow any double.
 *
 * <p>Sources: P. Lafon, « Sur la variabilité de la fréquence des formes dans un corpus », <i>Mots</i> 1, 1980,
 * p. 127–165; TXM manual, "Spécificités" (textometrie.org).
 */
public final class Specificities {
    private static final double LN10 = Math.log(10);

    private Specificities() {
    }

    /** The signed score for a term seen {@code k} times in a part of {@code t} tokens (see the class). */
    public static double score(long T, long t, long F, long k) {
        check(T, t, F, k);
        double expected = (double) F * t / T;
        if (k >= expected) {
            return -log10UpperTail(T, t, F, k);
        }
        return log10LowerTail(T, t, F, k);
    }

    /** {@code log10 P(X ≥ k)}. */
    public static double log10UpperTail(long T, long t, long F, long k) {
        long max = Math.min(F, t);
        if (k > max) {
            return Double.NEGATIVE_INFINITY;
        }
        double first = logPmf(T, t, F, k);
        // Sum the terms relative to the first, stopping when they no longer change the sum.
        double sum = 1;
        double term = 1;
        for (long x = k; x < max; x++) {
            term *= (double) (F - x) * (t - x) / ((double) (x + 1) * (T - F - t + x + 1));
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return (first + Math.log(sum)) / LN10;
    }

    /** {@code log10 P(X ≤ k)}. */
    public static double log10LowerTail(long T, long t, long F, long k) {
        long min = Math.max(0, t + F - T);
        if (k < min) {
            return Double.NEGATIVE_INFINITY;
        }
        double first = logPmf(T, t, F, k);
        double sum = 1;
        double term = 1;
        for (long x = k; x > min; x--) {
            // P(x−1)/P(x) = x (T−F−t+x) / ((F−x+1)(t−x+1))
            term *= (double) x * (T - F - t + x) / ((double) (F - x + 1) * (t - x + 1));
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return (first + Math.log(sum)) / LN10;
    }

    /** {@code ln P(X = x)}. */
    static double logPmf(long T, long t, long F, long x) {
        return logChoose(F, x) + logChoose(T - F, t - x) - logChoose(T, t);
    }

    static double logChoose(long n, long k) {
        return LogGamma.logFactorial(n) - LogGamma.logFactorial(k) - LogGamma.logFactorial(n - k);
    }

    private static void check(long T, long t, long F, long k) {
        if (T <= 0 || t < 0 || t > T || F < 0 || F > T || k < 0 || k > F || k > t) {
            throw new IllegalArgumentException("bad counts T=" + T + " t=" + t + " F=" + F + " k=" + k);
        }
    }
}
