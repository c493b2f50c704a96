package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * « 20h30 » is three words, 20 + h + 30, as « 20 h 30 » is: the hour, the unit, the minutes. CoreNLP keeps it
 * as one token that no lemma or count can use.
 */
final class ClockTimes {
    private static final Pattern TIME = Pattern.compile("([0-2]?\\d)([hH])([0-5]\\d)?");

    private ClockTimes() {
    }

    static List<CoreLabel> split(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            Matcher m = TIME.matcher(token.word());
            if (m.matches() && TokenRepairs.verbatim(token)) {
                out.add(TokenRepairs.part(token, 0, m.end(1)));
                out.add(TokenRepairs.part(token, m.start(2), m.end(2)));
                if (m.group(3) != null) {
                    out.add(TokenRepairs.part(token, m.start(3), m.end(3)));
                }
            } else {
                out.add(token);
            }
        }
        return out;
    }
}
