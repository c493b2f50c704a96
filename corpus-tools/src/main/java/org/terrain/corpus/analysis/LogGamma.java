package org.terrain.corpus.analysis;

/**
 * {@code ln n!} exactly enough for differences of numbers near 10^8: a table for small n, and Stirling's
 * series with five correction terms beyond (absolute error below 1e-15 for n ≥ 256).
 */
final class LogGamma {
    private static final int TABLE = 256;
    private static final double[] SMALL = new double[TABLE];
    private static final double HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

    static {
        double sum = 0;
        for (int n = 1; n < TABLE; n++) {
            sum += Math.log(n);
            SMALL[n] = sum;
        }
    }

    private LogGamma() {
    }

    static double logFactorial(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        if (n < TABLE) {
            return SMALL[(int) n];
        }
        double x = n + 1.0; // ln n! = ln Γ(n+1)
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + series;
    }
}
