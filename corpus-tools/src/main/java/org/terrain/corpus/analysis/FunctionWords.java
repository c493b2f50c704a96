package org.terrain.corpus.analysis;

import java.util.Set;

/**
 * French function words (« mots outils »), left out of a contrast's rows when only content words (« mots pleins »)
 * are asked for: on a corpus of speech, on, je, ça, est top any contrast by forms and hide what people talk about.
 * Only the rows are filtered: the totals and every score still count all the words, so a content word's score is
 * the one TXM gives it (TXM too filters what it shows, not the partition). The list: articles and determiners,
 * personal, reflexive, relative and demonstrative pronouns, prepositions and their contractions, conjunctions, the
 * forms of être and avoir, negation, and the fillers of speech; as the contrast counts them (lower case, elision
 * removed: l'usine → usine, so « l » and « qu » never occur but are listed for lemmas).
 */
public final class FunctionWords {
    /** Listed in docs/contrast.md, which FunctionWordsTest keeps equal to this set. */
    public static final Set<String> FRENCH = Set.of(
            // articles, determiners
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux",
            "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
            "notre", "nos", "votre", "vos", "leur", "leurs", "quel", "quelle", "quels", "quelles",
            // pronouns
            "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "te", "t", "se", "s",
            "moi", "toi", "lui", "eux", "y", "en", "ça", "ca", "cela", "ceci", "c", "celui", "celle", "ceux", "celles",
            "qui", "que", "qu", "quoi", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
            // prepositions
            "à", "a", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers", "entre", "contre",
            "depuis", "pendant", "avant", "après", "jusque", "jusqu",
            // conjunctions, negation
            "et", "ou", "mais", "donc", "or", "ni", "car", "si", "comme", "quand", "lorsque", "puisque", "ne", "n",
            "pas", "plus",
            // être, avoir
            "être", "est", "suis", "es", "sommes", "êtes", "sont", "était", "étais", "étaient", "étions", "étiez",
            "été", "sera", "seront", "serait", "seraient", "soit", "soient",
            "avoir", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient", "avions", "aviez", "eu",
            "aura", "auront", "aurait", "auraient", "ait", "aient",
            // fillers of speech
            "euh", "heu", "hein", "ben", "bah", "bon", "ouais", "oui", "non", "hm", "mh", "hum", "ah", "oh");

    private FunctionWords() {
    }

    public static boolean isFunctionWord(String term) {
        return FRENCH.contains(term);
    }
}
