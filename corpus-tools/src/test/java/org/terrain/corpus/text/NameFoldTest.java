package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldTest {
    @Test
    void foldsCaseAccentsApostrophesAndKeepsEveryPosition() {
        String text = "Chez d’HÉLÈNE, à Saint‑Fons\u00a0: Œuvre 𝔸";
        String folded = NameFold.fold(text);
        assertThat(folded).isEqualTo("chez d'helene, a saint-fons : œuvre 𝔸");
        assertThat(folded).hasSameSizeAs(text);
    }

    @Test
    void findsWholeWordsOnlyWithApostropheAndHyphenAsBoundaries() {
        String text = NameFold.fold("Martine, Martinez, d'Hélène, Marie-Claire et MARTINE");
        assertThat(NameFold.wholeWordStarts(text, "martine")).containsExactly(0, 45);
        assertThat(NameFold.wholeWordStarts(text, "helene")).containsExactly(21);
        assertThat(NameFold.wholeWordStarts(text, "marie")).containsExactly(29);
        assertThat(NameFold.wholeWordStarts(text, "claire")).containsExactly(35);
        assertThat(NameFold.containsWord("Elle vient de Feyzin.", "FEYZIN")).isTrue();
        assertThat(NameFold.containsWord("Feyzinois", "Feyzin")).isFalse();
    }
}
