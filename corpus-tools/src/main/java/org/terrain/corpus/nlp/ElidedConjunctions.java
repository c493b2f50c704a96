package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's French tokenizer keeps « jusqu'à », « lorsqu'il », « puisqu'elle » as one token, where French
 * grammar (and the treebanks) see two words: jusque + à, lorsque + il. Split before tagging, so that the tagger,
 * the multi-word splitter (« jusqu'au » → jusque + à + le) and the lemmas see both words. « quelqu'un » and
 * « aujourd'hui » are single words and stay whole.
 */
final class ElidedConjunctions {
    private static final Pattern ELIDED = Pattern.compile("(?iu)(jusqu|lorsqu|puisqu|quoiqu)['’](\\p{L}.*)");

    private ElidedConjunctions() {
    }

    static List<CoreLabel> split(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size() + 2);
        for (CoreLabel token : tokens) {
            Matcher m = ELIDED.matcher(token.word());
            if (m.matches() && TokenRepairs.verbatim(token)) {
                int cut = m.end(1) + 1;
                out.add(TokenRepairs.part(token, 0, cut));
                out.add(TokenRepairs.part(token, cut, token.word().length()));
            } else {
                out.add(token);
            }
        }
        return out;
    }
}
