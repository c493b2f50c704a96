package org.terrain.corpus.pseudonym;

import java.util.Set;
import org.terrain.corpus.text.NameFold;

/**
 * Which speaker labels are names. Transcripts label turns with names (« MARTINE », « Karim ») but also with role
 * codes (« ENQ », « INT », « LOC1 »), numbered codes (ESLO's « 414PERS »), initials (« PB ») and roles written as
 * common words (« Mère », « Médecin »): those name nobody.
 */
final class SpeakerLabels {
    /** Codes of transcription conventions (ESLO, CLAPI, Transcriber, the usual ENQ), folded. */
    private static final Set<String> ROLE_CODES = Set.of("enq", "int", "loc", "spk", "inf", "inc", "ens", "obs",
            "anim", "mod", "part", "interviewer", "intervieweur", "intervieweuse", "interviewe", "interviewee",
            "speaker", "nc", "xx", "xxx", "enqueteur", "enqueteuse", "enquetrice", "locuteur", "locutrice",
            "informateur", "informatrice", "temoin", "inconnu", "inconnue", "autre", "tous", "voix");

    private SpeakerLabels() {
    }

    static boolean isName(String label, SuggestLexicon lexicon) {
        String text = label.strip();
        int letters = 0;
        boolean vowel = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                vowel |= "aeiouy".indexOf(NameFold.fold(c)) >= 0;
            } else if (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false; // digits, brackets: a code
            }
        }
        if (letters < 3 || !vowel || ROLE_CODES.contains(NameFold.fold(text))) {
            return false;
        }
        for (String word : text.split("[ .]+")) {
            if (!word.isEmpty() && (!lexicon.isCommonWord(word) || lexicon.properNoun(word).listed())) {
                return true;
            }
        }
        return false; // only common words: a role (Mère, Le Médecin)
    }
}
