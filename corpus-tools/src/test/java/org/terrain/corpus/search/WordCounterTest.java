package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;

class WordCounterTest {
    @Test
    void elisionIsRemovedAndPunctuationIsNotAWord() {
        assertThat(WordCounter.tokens("L’usine, c'est l'usine : qu’il vienne !"))
                .containsExactly("usine", "est", "usine", "il", "vienne");
    }

    @Test
    void hyphenatedNamesSplitAsUax29Does() {
        assertThat(WordCounter.tokens("Saint-Fons aujourd'hui")).containsExactly("Saint", "Fons", "aujourd'hui");
    }

    @Test
    void labelsAreNotWords() {
        String text = "[00:00:02] ENQ : vous travaillez où ?\n[00:00:05] MARTINE : à l’usine";
        assertThat(WordCounter.count(text, TurnDetector.detect(text, TurnMode.ON))).isEqualTo(5);
        assertThat(WordCounter.count(text, List.of())).isGreaterThan(5);
    }
}
