package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sécurité | securite", "SÉCURITÉ | securite", "Ça | ca", "cœur | coeur", "Œuvre | oeuvre",
        "ex æquo | ex aequo", "aujourd’hui | aujourd'hui", "ﬁn | fin", "naïve | naive", "Łódź | lodz",
        "usine | usine",
    })
    void foldWritesAWordAsItMayBeTyped(String written, String folded) {
        assertThat(Accents.fold(written)).isEqualTo(folded);
    }

    @Test
    void anUnfoldedWordAcceptsEveryWrittenFormFoldedLikeIt() {
        Automaton coeur = Accents.unfold(Automata.makeString("coeur"), Accents.allLetters());
        assertThat(coeur.isDeterministic()).isTrue();
        for (String written : new String[] {"coeur", "cœur", "côeur", "coéur"}) {
            assertThat(Operations.run(coeur, written)).as(written).isTrue();
        }
        for (String other : new String[] {"cœeur", "cœ", "coeurs", "cur"}) {
            assertThat(Operations.run(coeur, other)).as(other).isFalse();
        }
    }

    @Test
    void aWrittenWordIsAcceptedOnlyWhenItsWholeFoldedFormIs() {
        // œ taken as one unknown letter would be one edit from "cur"; folded, cœur is coeur, two edits away
        Automaton nearCur = Accents.unfold(new LevenshteinAutomata("cur", true).toAutomaton(1), Accents.allLetters());
        assertThat(Operations.run(nearCur, "cœur")).isFalse();
        assertThat(Operations.run(nearCur, "cür")).isTrue();
        Automaton nearCour = Accents.unfold(new LevenshteinAutomata("cour", true).toAutomaton(1),
                Accents.allLetters());
        assertThat(Operations.run(nearCour, "cœur")).as("coeur, one edit from cour").isTrue();
        Automaton fourLetters = unfoldedWildcard("c?ur");
        assertThat(Operations.run(fourLetters, "cœur")).as("coeur has five letters").isFalse();
        assertThat(Operations.run(fourLetters, "çour")).isTrue();
        assertThat(Operations.run(unfoldedWildcard("c?eur"), "cœur")).isTrue();
    }

    private static Automaton unfoldedWildcard(String pattern) {
        return Accents.unfold(WildcardQuery.toAutomaton(new Term("f", pattern),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT), Accents.allLetters());
    }

    @Test
    void onlyTheLettersGivenAreTried() {
        Automaton securite = Accents.unfold(Automata.makeString("securite"), new int[] {'é'});
        assertThat(Operations.run(securite, "sécurité")).isTrue();
        assertThat(Operations.run(securite, "sêcurité")).as("ê is not in this index").isFalse();
    }
}
