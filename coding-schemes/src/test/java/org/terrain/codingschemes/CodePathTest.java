package org.terrain.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CodePathTest {
    @Test
    void splitsOnSlashes() {
        assertThat(CodePath.parse("Pratiques/Travail à l'usine").names())
                .containsExactly("Pratiques", "Travail à l'usine");
    }

    @Test
    void escapedSlashStaysInTheName() {
        CodePath path = CodePath.parse("Discours/Nuisances\\/risques");
        assertThat(path.names()).containsExactly("Discours", "Nuisances/risques");
        assertThat(path.toString()).isEqualTo("Discours/Nuisances\\/risques");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a/b/c", "x\\/y/z", "back\\\\slash/t"})
    void writtenFormRoundTrips(String written) {
        assertThat(CodePath.parse(written).toString()).isEqualTo(written);
        assertThat(CodePath.parse(CodePath.parse(written).toString())).isEqualTo(CodePath.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "a//b", "a/", " /b"})
    void blankNamesAreRefused(String written) {
        assertThatThrownBy(() -> CodePath.parse(written)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parentAndChild() {
        CodePath path = CodePath.of("A", "B");
        assertThat(path.parent()).isEqualTo(CodePath.of("A"));
        assertThat(path.child("C").toString()).isEqualTo("A/B/C");
        assertThat(CodePath.of("A").isRoot()).isTrue();
    }

    @Test
    void colorsAreNormalized() {
        assertThat(CodeColors.normalize("#abc")).isEqualTo("#AABBCC");
        assertThat(CodeColors.normalize(" #4e79a7 ")).isEqualTo("#4E79A7");
        assertThatThrownBy(() -> CodeColors.normalize("red")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CodeColors.forIndex(0)).isNotEqualTo(CodeColors.forIndex(1));
    }
}
