package org.terrain.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tagging errors French grammar settles. The fillers of speech (euh, hein, bah) are interjections, not the
 * nouns the tagger often makes of them (« euh » would top a contrast of nouns); a word the lexicon knows only as
 * a verb (retires, privent, niveler) is a verb, wherever the tagger saw a noun. And two settled by the next word. « le », « la », « les », « l' » right before a
 * verb are object pronouns (il le fait, on les voit), never determiners: no article stands before a conjugated
 * verb. « s' » before « il » or « ils » is « si » (s'il pleut), never the reflexive « se ».
 */
final class CliticFixes {
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l’");
    private static final Set<String> VERBS = Set.of("VERB", "AUX");

    private CliticFixes() {
    }

    static List<FrenchPipeline.Word16> apply(List<FrenchPipeline.Word16> words, FrenchLexicon lexicon) {
        List<FrenchPipeline.Word16> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            FrenchPipeline.Word16 w = out.get(i);
            String form = w.form().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!"INTJ".equals(w.upos()) && !"PROPN".equals(w.upos()) && lexicon.isInterjectionOnly(w.form())) {
                out.set(i, retag(w, "INTJ", form));
            } else if ("NOUN".equals(w.upos()) && lexicon.isVerbOnly(w.form())) {
                out.set(i, retag(w, "VERB", lexicon.lemma(w.form(), "VERB"))); // tu retires, on les privent
            } else if (form.equals("l'on") && !"PRON".equals(w.upos())) {
                out.set(i, retag(w, "PRON", "on")); // the tagger, seeing a capital-less l', calls it anything
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            FrenchPipeline.Word16 w = out.get(i);
            FrenchPipeline.Word16 next = out.get(i + 1);
            if (next.begin() == w.begin()) {
                continue; // the parts of « au », « des »: not a word before another
            }
            String form = w.form().toLowerCase(Locale.ROOT);
            if ("VERB".equals(next.upos()) && "faire".equals(w.lemma()) && lexicon.isNounNotInfinitive(next.form())) {
                // ils ont fait grève, ça fait partie: after faire, a verb could only be an infinitive
                out.set(i + 1, retag(next, "NOUN", lexicon.lemma(next.form(), "NOUN")));
            }
            if (isIndefiniteDe(out, i)) {
                out.set(i, retag(w, "DET", lexicon.lemma(w.form(), "DET")));
            } else if ("DET".equals(w.upos()) && ARTICLES.contains(form) && VERBS.contains(next.upos())) {
                out.set(i, retag(w, "PRON", lexicon.lemma(w.form(), "PRON")));
            } else if ((form.equals("s'") || form.equals("s’")) && !"SCONJ".equals(w.upos())) {
                String following = next.form().toLowerCase(Locale.ROOT);
                if (following.equals("il") || following.equals("ils")) {
                    out.set(i, retag(w, "SCONJ", "si"));
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(".*(é|ée|és|ées)");

    /**
     * « des » becomes « de » before an adjective (il obtient de bons résultats, de nombreux sites): a « de »
     * between a verb (not a participle, whose « de » is the agent's: constitués de) or the start of a sentence
     * and a plural adjective is that article, which the tagger reads as the preposition.
     */
    private static boolean isIndefiniteDe(List<FrenchPipeline.Word16> words, int i) {
        FrenchPipeline.Word16 w = words.get(i);
        String form = w.form().toLowerCase(Locale.ROOT);
        if (!"ADP".equals(w.upos()) || !(form.equals("de") || form.equals("d'") || form.equals("d’"))) {
            return false;
        }
        FrenchPipeline.Word16 next = words.get(i + 1);
        String nextForm = next.form().toLowerCase(Locale.ROOT);
        if (!"ADJ".equals(next.upos()) || !(nextForm.endsWith("s") || nextForm.endsWith("x"))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        FrenchPipeline.Word16 previous = words.get(i - 1);
        return "VERB".equals(previous.upos()) && !PARTICIPLE.matcher(previous.form().toLowerCase(Locale.ROOT)).matches();
    }

    private static FrenchPipeline.Word16 retag(FrenchPipeline.Word16 w, String upos, String lemma) {
        return new FrenchPipeline.Word16(w.begin(), w.end(), w.form(), upos, lemma, w.entity());
    }
}
