package org.terrain.corpus.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replacement first names have the gender the lexicon gives them, so « Martine » never becomes « Alain ». */
class SuggestNamePoolTest {
    @Test
    void eachFirstNameHasItsGenderInTheLexicon() {
        SuggestLexicon lexicon = SuggestLexicon.load();
        SuggestNamePool pool = SuggestNamePool.load();
        assertThat(pool.feminine()).hasSizeGreaterThan(40);
        assertThat(pool.masculine()).hasSizeGreaterThan(40);
        assertThat(pool.surnames()).hasSizeGreaterThan(30);
        for (String name : pool.feminine()) {
            SuggestLexicon.ProperNoun noun = lexicon.properNoun(name);
            assertThat(noun.female() && !noun.male()).as(name).isTrue();
        }
        for (String name : pool.masculine()) {
            SuggestLexicon.ProperNoun noun = lexicon.properNoun(name);
            assertThat(noun.male() && !noun.female()).as(name).isTrue();
        }
    }
}
