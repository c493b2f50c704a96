package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding what the user types in a shown text: case and accents ignored, positions in code points. */
class TextFinderTest {
    private static List<String> found(String text, String query) {
        CodePointIndex index = new CodePointIndex(text);
        return TextFinder.find(text, query).stream()
                .map(s -> s.start() + ":" + s.end() + "=" + index.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "« {1} » in « {0} »")
    @CsvSource(delimiter = '|', value = {
        "La Sécurité d’abord      | securite  | 3:11=Sécurité",
        "La securite d’abord      | SÉCURITÉ  | 3:11=securite",
        "ÉCOLE                    | école     | 0:5=ÉCOLE",
        "le cœur de l’usine       | coeur     | 3:7=cœur",
        "le CŒUR                  | cœur      | 3:7=CŒUR",
        "d’abord                  | d'abord   | 0:7=d’abord",
    })
    void ignoresCaseAndAccents(String text, String query, String expected) {
        assertThat(found(text, query)).containsExactly(expected);
    }

    @Test
    void everyOccurrenceLeftToRightWithoutOverlap() {
        assertThat(found("Usine, usines et l’usine", "usine"))
                .containsExactly("0:5=Usine", "7:12=usine", "19:24=usine");
        assertThat(found("aaaa", "aa")).containsExactly("0:2=aa", "2:4=aa");
    }

    @Test
    void positionsAreCodePointsAfterAnEmoji() {
        assertThat(found("👷👷 Père et père", "pere")).containsExactly("3:7=Père", "11:15=père");
    }

    @Test
    void aDecomposedAccentInTheTextStaysWithItsLetter() {
        // not canonical (NFD), as text typed in a correction may be before it is stored
        assertThat(found("e\u0301te\u0301 ici", "ete")).containsExactly("0:5=e\u0301te\u0301");
    }

    @Test
    void aNoBreakSpaceMatchesASpace() {
        assertThat(found("quoi\u00A0?", "quoi ?")).containsExactly("0:6=quoi\u00A0?");
    }

    @Test
    void nothingForABlankQueryOrNoMatch() {
        assertThat(found("une fuite", "")).isEmpty();
        assertThat(found("une fuite", "masque")).isEmpty();
    }
}
