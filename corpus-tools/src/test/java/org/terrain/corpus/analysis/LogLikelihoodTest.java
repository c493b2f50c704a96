package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogLikelihoodTest {
    /**
     * Reference values from an independent implementation (Python, the four-cell form of Rayson & Garside
     * 2000: G² = 2 Σ O ln(O/E), E from the margins), signed by the direction of the difference.
     */
    @ParameterizedTest(name = "a={0}/{1} b={2}/{3}")
    @CsvSource({
        "10, 1000, 2, 2000, 12.834908741763087",
        "0, 500, 20, 800, -19.615249707846875",
        "120, 100000, 45, 120000, 50.45477856383019",
        "3, 50, 3, 50, 0.0",
        "2710, 78322, 0, 46717, 2571.1657451192186",
    })
    void matchesReferenceValues(long a, long tA, long b, long tB, double expected) {
        assertThat(LogLikelihood.g2(a, tA, b, tB)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void effectIsTheLog2RatioOfRelativeFrequenciesWithHalfForZero() {
        assertThat(LogLikelihood.effect(20, 1000, 10, 1000)).isCloseTo(1.0, within(1e-12));
        assertThat(LogLikelihood.effect(0, 1000, 8, 1000)).isCloseTo(-4.0, within(1e-12));
        assertThat(LogLikelihood.effect(5, 100, 5, 200)).isCloseTo(1.0, within(1e-12));
    }
}
