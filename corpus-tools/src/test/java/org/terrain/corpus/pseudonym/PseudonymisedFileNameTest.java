package org.terrain.corpus.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pseudonymised file name keeps the shape of the name: no space where the name joined its words. */
class PseudonymisedFileNameTest {
    private final PseudonymMatcher matcher = PseudonymMatcher.of(List.of(
            new PseudonymEntry("Martine", "Odile", PseudonymCategory.PERSON, null),
            new PseudonymEntry("Saint-Fons", "Commune A", PseudonymCategory.PLACE, null)));

    @Test
    void aReplacementOfSeveralWordsIsJoinedAsTheNameJoinsItsWords() {
        assertThat(matcher.replaceFileName("entretien-martine-saint-fons.txt"))
                .isEqualTo("entretien-odile-commune-a.txt");
        assertThat(matcher.replaceFileName("Saint-Fons_notes.txt")).isEqualTo("Commune-A_notes.txt");
        assertThat(matcher.replaceFileName("Martine à Saint-Fons.txt")).isEqualTo("Odile à Commune A.txt");
        assertThat(matcher.replaceFileName("notes_martine_1.txt")).isEqualTo("notes_odile_1.txt");
        assertThat(matcher.replaceFileName("ESLO1_INTPERS_421_C.txt")).isEqualTo("ESLO1_INTPERS_421_C.txt");
        assertThat(matcher.replaceFileName(null)).isNull();
    }
}
