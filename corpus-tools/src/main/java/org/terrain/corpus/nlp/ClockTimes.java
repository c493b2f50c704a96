package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * « 20h30 » is three words, 20 + h + 30, as « 20 h 30 » is: the hour, the unit, the minutes. CoreNLP keeps it
 * as one token that no lemma or count can use; and a unit ending a sentence (« à 8 h. ») as an abbreviation.
 */
final class ClockTimes {
    private static final Pattern TIME = Pattern.compile("([0-2]?\\d)([hH])([0-5]\\d)?");
    private static final Pattern UNIT_AND_STOP = Pattern.compile("(h|H|min|km|kg|cm|mm|m|g|l|t)\\.");
    private static final Pattern NUMBER = Pattern.compile("\\d+([,.]\\d+)?");

    private ClockTimes() {
    }

    static List<CoreLabel> split(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (i == tokens.size() - 1 && i > 0 && UNIT_AND_STOP.matcher(token.word()).matches()
                    && TokenRepairs.verbatim(token) && NUMBER.matcher(tokens.get(i - 1).word()).matches()) {
                // « à 8 h. » ending a sentence: CoreNLP reads « h. » as an abbreviation; it is the unit, then the stop
                out.add(TokenRepairs.part(token, 0, token.word().length() - 1));
                out.add(TokenRepairs.part(token, token.word().length() - 1, token.word().length()));
                continue;
            }
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
