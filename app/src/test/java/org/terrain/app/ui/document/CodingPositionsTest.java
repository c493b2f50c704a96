package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.model.Span;

class CodingPositionsTest {
    /** Emoji (two UTF-16 units, one code point) before and inside the coded words, and accents (one each). */
    private static final String TEXT = "Père 👷 à l’usine : la sécurité 🦺 d’abord.\nEnsuite, l’équipe.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "la sécurité|la sécurité",
        "sécurité 🦺 d’abord|sécurité 🦺 d’abord",
        "👷|👷",
        "l’équipe|l’équipe"})
    void aSelectionIsStoredAsTheCodePointsOfTheSameWords(String words, String stored) {
        CodingPositions positions = new CodingPositions(TEXT);
        int start = TEXT.indexOf(words);

        Span span = positions.toSpan(new TextRange(start, start + words.length()));

        assertThat(TEXT.codePoints().skip(span.start()).limit(span.length())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo(stored);
        assertThat(positions.index().substring(span.start(), span.end())).isEqualTo(stored);
    }

    @Test
    void codePointsAfterAnEmojiAreOneLessThanUtf16Indices() {
        CodingPositions positions = new CodingPositions(TEXT);
        int start = TEXT.indexOf("la sécurité");

        Span span = positions.toSpan(new TextRange(start, start + "la sécurité".length()));

        assertThat(span.start()).isEqualTo(start - 1);
        assertThat(positions.toRange(span)).isEqualTo(new TextRange(start, start + "la sécurité".length()));
    }

    @Test
    void blanksAndLineBreaksAtTheEndsOfASelectionAreLeftOut() {
        CodingPositions positions = new CodingPositions(TEXT);
        int start = TEXT.indexOf("d’abord");
        int end = TEXT.indexOf("Ensuite");

        Span span = positions.toSpan(new TextRange(start - 1, end));

        assertThat(positions.index().substring(span.start(), span.end())).isEqualTo("d’abord.");
    }

    @Test
    void aSelectionOfBlanksOnlyCodesNothing() {
        CodingPositions positions = new CodingPositions(TEXT);
        int newline = TEXT.indexOf('\n');

        assertThat(positions.toSpan(new TextRange(newline, newline + 1))).isNull();
        assertThat(positions.toSpan(new TextRange(3, 3))).isNull();
    }

    @Test
    void anEndInsideAnEmojiTakesTheWholeEmoji() {
        CodingPositions positions = new CodingPositions(TEXT);
        int emoji = TEXT.indexOf("🦺");

        Span span = positions.toSpan(new TextRange(emoji - 2, emoji + 1));

        assertThat(positions.index().substring(span.start(), span.end())).isEqualTo("é 🦺");
    }
}
