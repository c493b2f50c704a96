package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Where CoreNLP's French tokenizer cuts unlike French grammar, mended between tokenizing and tagging so that the
 * tagger, the multi-word splitter and the lemmas see the words a reader sees: {@link ElidedConjunctions} (jusqu'à
 * is two words), {@link JoinedTokens} (A380, COVID-19, 100 000, c'est-à-dire are one) and {@link ClockTimes}
 * (20h30 is three). Every token keeps its exact place in the text.
 */
final class TokenRepairs {
    private TokenRepairs() {
    }

    static void apply(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> all = new ArrayList<>();
        int sentenceIndex = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tokens = ElidedConjunctions.split(tokens);
            tokens = ClockTimes.split(tokens);
            tokens = JoinedTokens.join(tokens, text);
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

    /** Whether a token's word is exactly its characters in the text (not a word CoreNLP normalised). */
    static boolean verbatim(CoreLabel token) {
        return token.endPosition() - token.beginPosition() == token.word().length();
    }

    /** The characters [from, to) of a token as a token of their own, at their place in the text. */
    static CoreLabel part(CoreLabel token, int from, int to) {
        CoreLabel part = new CoreLabel(token);
        String word = token.word().substring(from, to);
        part.setWord(word);
        part.setValue(word);
        part.setOriginalText(word);
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

    /** Tokens [from, to) of a list as one token, spelled as the text spells that stretch. */
    static CoreLabel joined(List<CoreLabel> tokens, int from, int to, String text) {
        CoreLabel first = tokens.get(from);
        CoreLabel last = tokens.get(to - 1);
        CoreLabel whole = new CoreLabel(first);
        String word = text.substring(first.beginPosition(), last.endPosition());
        whole.setWord(word);
        whole.setValue(word);
        whole.setOriginalText(word);
        whole.setEndPosition(last.endPosition());
        whole.setAfter(last.after());
        return whole;
    }
}
