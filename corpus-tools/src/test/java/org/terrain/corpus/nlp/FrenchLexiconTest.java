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
            "finie, ADJ, fini", "yeux, NOUN, œil", "mise, VERB, mettre", "retires, NOUN, retirer",
            // a verb's lemma is an infinitive, and compounds of the frequent verbs win too
            "permis, VERB, permettre", "reprises, VERB, reprendre",
            // two verbs of one form: the more frequent, and a present before a passé simple
            "rentraient, VERB, rentrer", "vis, VERB, vivre", "durent, VERB, durer", "fut, AUX, être",
            // the usual spelling of a lemma the lexicon also has in its 1990 spelling; sûr and mûr are other words
            "entrainement, NOUN, entraînement", "boites, NOUN, boîte", "entrainait, VERB, entraîner",
            "sur, ADJ, sur", "mur, NOUN, mur", "oeil, NOUN, œil", "coeurs, NOUN, cœur",
            // capitals without their accent
            "Etat, NOUN, État", "Ecoles, NOUN, école", "Elevés, VERB, élever",
            // words the lexicon lacks
            "goliards, NOUN, goliard", "melvilliennes, ADJ, melvillien", "endorsé, VERB, endorser",
            "sous-trames, NOUN, sous-trame", "non-narratifs, ADJ, non-narratif", "précompilée, VERB, précompiler",
            "beaux-frères, NOUN, beaux-frères", "bannalais, NOUN, bannalais",
            // codes, titles, foreign words, adjectives as determiners
            "A380, PROPN, A380", "COVID-19, NOUN, COVID-19", "87e, ADJ, 87e", "M., NOUN, monsieur",
            "Mme, PROPN, madame", "Global, X, Global", "ET, X, et", "différentes, DET, différent",
            "c'est-à-dire, CCONJ, c'est-à-dire", "environs, NOUN, environs"})
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

    @org.junit.jupiter.api.Test
    void fillersAreInterjectionsAndVerbOnlyWordsAreVerbs() {
        assertThat(LEXICON.isInterjectionOnly("ouais")).isTrue();
        assertThat(LEXICON.isInterjectionOnly("ben")).isTrue();
        assertThat(LEXICON.isInterjectionOnly("oui")).as("also an adverb").isFalse();
        assertThat(LEXICON.isVerbOnly("privent")).isTrue();
        assertThat(LEXICON.isVerbOnly("visite")).as("also a noun").isFalse();
        assertThat(LEXICON.isVerbOnly("zorglub")).as("unknown").isFalse();
    }
}
