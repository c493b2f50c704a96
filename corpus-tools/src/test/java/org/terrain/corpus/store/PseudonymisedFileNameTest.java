package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymMatcher;

/** A pseudonymised file name keeps the shape of the name: no space where the name joined its words. */
class PseudonymisedFileNameTest {
    private final PseudonymMatcher matcher = PseudonymMatcher.of(List.of(
            new PseudonymEntry("Martine", "Odile", PseudonymCategory.PERSON, null),
            new PseudonymEntry("Saint-Fons", "Commune A", PseudonymCategory.PLACE, null)));

    @Test
    void aReplacementOfSeveralWordsIsJoinedAsTheNameJoinsItsWords() {
        assertThat(PseudonymisedCopy.fileName(matcher, "entretien-martine-saint-fons.txt"))
                .isEqualTo("entretien-odile-commune-a.txt");
        assertThat(PseudonymisedCopy.fileName(matcher, "Saint-Fons_notes.txt")).isEqualTo("Commune-A_notes.txt");
        assertThat(PseudonymisedCopy.fileName(matcher, "Martine à Saint-Fons.txt")).isEqualTo("Odile à Commune A.txt");
        assertThat(PseudonymisedCopy.fileName(matcher, "notes_martine_1.txt")).isEqualTo("notes_odile_1.txt");
        assertThat(PseudonymisedCopy.fileName(matcher, "ESLO1_INTPERS_421_C.txt")).isEqualTo("ESLO1_INTPERS_421_C.txt");
        assertThat(PseudonymisedCopy.fileName(matcher, null)).isNull();
    }
}
