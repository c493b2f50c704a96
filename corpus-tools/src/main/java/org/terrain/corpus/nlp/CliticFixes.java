package org.terrain.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tagging errors French grammar settles. The fillers of speech (euh, hein, bah) are interjections, not the
 * nouns the tagger often makes of them (« euh » would top a contrast of nouns). And two settled by the next word. « le », « la », « les », « l' » right before a
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
            if (!"INTJ".equals(w.upos()) && lexicon.isInterjectionOnly(w.form())) {
                out.set(i, retag(w, "INTJ", w.form().toLowerCase(Locale.ROOT)));
            }
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            FrenchPipeline.Word16 w = out.get(i);
            FrenchPipeline.Word16 next = out.get(i + 1);
            if (next.begin() == w.begin()) {
                continue; // the parts of « au », « des »: not a word before another
            }
            String form = w.form().toLowerCase(Locale.ROOT);
            if ("DET".equals(w.upos()) && ARTICLES.contains(form) && VERBS.contains(next.upos())) {
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

    private static FrenchPipeline.Word16 retag(FrenchPipeline.Word16 w, String upos, String lemma) {
        return new FrenchPipeline.Word16(w.begin(), w.end(), w.form(), upos, lemma, w.entity());
    }
}
