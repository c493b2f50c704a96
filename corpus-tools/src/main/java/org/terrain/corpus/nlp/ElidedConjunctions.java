package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoreNLP's French tokenizer keeps « jusqu'à », « lorsqu'il », « puisqu'elle » as one token, where French
 * grammar (and the treebanks) see two words: jusque + à, lorsque + il. Split between tokenizing and tagging, so
 * that the tagger, the multi-word splitter (« jusqu'au » → jusque + à + le) and the lemmas see both words.
 * « quelqu'un » and « aujourd'hui » are single words and stay whole.
 */
final class ElidedConjunctions {
    private static final Pattern ELIDED = Pattern.compile("(?iu)(jusqu|lorsqu|puisqu|quoiqu)['’](\\p{L}.*)");

    private ElidedConjunctions() {
    }

    static void split(Annotation document) {
        List<CoreLabel> all = new ArrayList<>();
        int sentenceIndex = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                Matcher m = ELIDED.matcher(token.word());
                if (m.matches() && token.endPosition() - token.beginPosition() == token.word().length()) {
                    int cut = m.end(1) + 1;
                    tokens.add(part(token, 0, cut));
                    tokens.add(part(token, cut, token.word().length()));
                } else {
                    tokens.add(token);
                }
            }
            int begin = all.size();
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel token = tokens.get(i);
                token.setIndex(i + 1);
                token.setSentIndex(sentenceIndex);
                token.set(CoreAnnotations.TokenBeginAnnotation.class, begin + i);
                token.set(CoreAnnotations.TokenEndAnnotation.class, begin + i + 1);
            }
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, begin + tokens.size());
            all.addAll(tokens);
            sentenceIndex++;
        }
        document.set(CoreAnnotations.TokensAnnotation.class, all);
    }

    /** The characters [from, to) of a token as a token of their own, at their place in the text. */
    private static CoreLabel part(CoreLabel token, int from, int to) {
        CoreLabel part = new CoreLabel(token);
        String text = token.word().substring(from, to);
        part.setWord(text);
        part.setValue(text);
        part.setOriginalText(text);
        part.setBeginPosition(token.beginPosition() + from);
        part.setEndPosition(token.beginPosition() + to);
        if (from > 0) {
            part.setBefore("");
        }
        if (to < token.word().length()) {
            part.setAfter("");
        }
        return part;
    }
}
