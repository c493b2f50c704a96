package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecificitiesTest {
    /**
     * Reference values computed independently with exact rational arithmetic (Python's fractions and
     * math.comb, summing the hypergeometric tail exactly, then log10 of the exact sum).
     */
    @ParameterizedTest(name = "T={0} t={1} F={2} k={3}")
    @CsvSource({
        "50, 20, 10, 7, 1.4379231528551455",
        "50, 20, 10, 1, -1.5117213673169683",
        "1000, 300, 40, 25, 4.849469853008059",
        "1000, 300, 40, 3, -3.3089017974513335",
        "200, 100, 10, 5, 0.2032625768694719",
        "5000, 1000, 300, 120, 15.81471597279832",
        "100000, 30000, 500, 300, 43.2288789972952",
    })
    void matchesExactRationalReferenceValues(long T, long t, long F, long k, double expected) {
        assertThat(Specificities.score(T, t, F, k)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void agreesWithBigIntegerArithmeticOnASmallGrid() {
        for (long T = 20; T <= 60; T += 20) {
            for (long t = 1; t < T; t += 7) {
                for (long F = 1; F < T; F += 5) {
                    for (long k = Math.max(0, t + F - T); k <= Math.min(F, t); k++) {
                        assertThat(Specificities.score(T, t, F, k)).as("T=%d t=%d F=%d k=%d", T, t, F, k)
                                .isCloseTo(exact(T, t, F, k), within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void staysFiniteAndSignedOnThesisScaleCounts() {
        double over = Specificities.score(8_000_000, 2_000_000, 10_000, 5_000);
        double under = Specificities.score(8_000_000, 2_000_000, 10_000, 100);
        assertThat(over).isPositive().isFinite().isGreaterThan(100);
        assertThat(under).isNegative().isFinite();
        assertThat(Math.abs(Specificities.score(8_000_000, 2_000_000, 10_000, 2_500))).isLessThan(1);
    }

    /** The score by exact binomials (an independent implementation). */
    private static double exact(long T, long t, long F, long k) {
        BigInteger total = choose(T, t);
        boolean upper = (double) k >= (double) F * t / T;
        BigInteger sum = BigInteger.ZERO;
        for (long x = Math.max(0, t + F - T); x <= Math.min(F, t); x++) {
            if (upper ? x >= k : x <= k) {
                sum = sum.add(choose(F, x).multiply(choose(T - F, t - x)));
            }
        }
        double log10 = Math.log10(new BigDecimal(sum).divide(new BigDecimal(total), MathContext.DECIMAL128).doubleValue());
        return upper ? -log10 : log10;
    }

    private static BigInteger choose(long n, long k) {
        BigInteger result = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
