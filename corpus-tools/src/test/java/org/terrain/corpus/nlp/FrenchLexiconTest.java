package org.terrain.corpus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchLexiconTest {
    static final FrenchLexicon LEXICON = FrenchLexicon.load();

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "suis, AUX, être", "suis, VERB, être", "faut, VERB, falloir", "travaillaient, VERB, travailler",
            "est, NOUN, est", "est, AUX, être", "ouvrières, NOUN, ouvrière", "ouvriers, NOUN, ouvrier", "Les, DET, le",
            "commune, NOUN, commune", "communes, NOUN, commune", "né, VERB, naître", "connu, VERB, connaître",
            "qu', PRON, que", "qu’, SCONJ, que", "ça, PRON, ça", "CGT, NOUN, CGT", "mg, NOUN, mg", "SI, X, si",
            "Lyon, PROPN, Lyon", "dernière, ADJ, dernier", "nouvel, ADJ, nouveau", "zorglub, NOUN, zorglub",
            "finie, ADJ, fini", "yeux, NOUN, œil", "mise, VERB, mettre", "retires, NOUN, retirer"})
    void thePartOfSpeechPicksTheLemma(String word, String upos, String lemma) {
        assertThat(LEXICON.lemma(word, upos)).isEqualTo(lemma);
    }

    @org.junit.jupiter.api.Test
    void aProperNounOutsideAnyEntityThatIsACommonWordHasTheCommonLemma() {
        assertThat(LEXICON.lemma("Conseil", "PROPN", false)).isEqualTo("conseil");
        assertThat(LEXICON.lemma("Conseil", "PROPN", true)).as("inside a name").isEqualTo("Conseil");
        assertThat(LEXICON.lemma("Vénissieux", "PROPN", false)).as("no common word").isEqualTo("Vénissieux");
        assertThat(LEXICON.lemma("SNCF", "PROPN", false)).isEqualTo("SNCF");
    }
}
