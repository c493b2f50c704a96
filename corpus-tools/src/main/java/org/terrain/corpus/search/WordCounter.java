package org.terrain.corpus.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * Words as the contract defines them: Lucene's StandardTokenizer (UAX#29) tokens after French elision removal
 * (l'usine → usine), punctuation and emoji excluded, of speech text only (turn labels are never words). Search, word
 * counts and contrast statistics all count with this, so their totals agree.
 */
public final class WordCounter {
    /** Lucene's French elisions (l', d', qu', j'…): the article becomes its own nothing, the word stays. */
    private static final CharArraySet ELISIONS = FrenchAnalyzer.DEFAULT_ARTICLES;

    /** Emoji are tokens for UAX#29 but not words of French; an interview transcript may carry a few. */
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private WordCounter() {
    }

    /** Words of the speech of a source: the whole text, or only the turns' speech spans of a transcript. */
    public static int count(String text, List<Turn> turns) {
        if (turns.isEmpty()) {
            return count(text);
        }
        int total = 0;
        int[] offsets = text.codePoints().toArray();
        for (Turn turn : turns) {
            Span speech = turn.speech();
            total += count(new String(offsets, speech.start(), speech.length()));
        }
        return total;
    }

    public static int count(String text) {
        return tokens(text).size();
    }

    /** A word and where it is in the text it was cut from: UTF-16 offsets, after elision removal. */
    public record Token(String word, int start, int end) {
    }

    /** The words of {@code text} with their places; the start skips an elided article (l'usine → usine). */
    public static List<Token> tokensWithOffsets(String text) {
        List<Token> out = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer();
             TokenStream stream = new ElisionFilter(tokenizer, ELISIONS)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0 && !EMOJI.equals(type.type())) {
                    int end = offset.endOffset();
                    out.add(new Token(term.toString(), end - term.length(), end));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }

    /** The words of {@code text}, as they appear after elision removal, in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer();
             TokenStream stream = new ElisionFilter(tokenizer, ELISIONS)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0 && !EMOJI.equals(type.type())) {
                    out.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }
}
