package org.terrain.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * « des » is two words after a noun (la liste des candidats = de + les) and one, the plural of « un », elsewhere
 * (il y a des gens). CoreNLP's multi-word splitter leaves some of the first kind whole; after tagging, a
 * « des » tagged as a determiner that follows a noun, a name, a number, an adjective or a pronoun (l’un des, le
 * premier des), a number or a symbol (20 % des), or an adverb that makes a preposition with « de » (lors des,
 * autour des) is split as the treebanks split it, both words on its three letters, as « au » already is.
 */
final class ContractedArticles {
    private static final Set<String> AFTER = Set.of("NOUN", "PROPN", "NUM", "ADJ", "PRON", "SYM");
    /** Adverbs and verbs that make a preposition with « de »: lors des, autour des, à partir des. */
    private static final Set<String> LOCUTIONS = Set.of("lors", "autour", "près", "loin", "auprès", "hors",
            "partir", "quant");

    private ContractedArticles() {
    }

    static List<FrenchPipeline.Word16> split(List<FrenchPipeline.Word16> words) {
        List<FrenchPipeline.Word16> out = new ArrayList<>(words.size() + 8);
        for (int i = 0; i < words.size(); i++) {
            FrenchPipeline.Word16 w = words.get(i);
            boolean whole = i > 0 && words.get(i - 1).end() < w.begin() && w.end() - w.begin() == 3;
            if (whole && "DET".equals(w.upos()) && w.form().toLowerCase(Locale.ROOT).equals("des")
                    && (AFTER.contains(words.get(i - 1).upos())
                    || LOCUTIONS.contains(words.get(i - 1).form().toLowerCase(Locale.ROOT)))) {
                out.add(new FrenchPipeline.Word16(w.begin(), w.end(), "de", "ADP", "de", w.entity()));
                out.add(new FrenchPipeline.Word16(w.begin(), w.end(), "les", "DET", "le", w.entity()));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
