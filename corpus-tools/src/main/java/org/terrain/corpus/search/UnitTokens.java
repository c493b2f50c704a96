package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * One unit's words cut once for its two fields. {@link FrenchAnalysis#stemmed()} is {@link FrenchAnalysis#exact()}
 * followed by the Snowball stemmer and the accent folding, so the written words are cut once (UAX#29, emoji out,
 * elision removed, lower case) and given to {@link FrenchAnalysis#EXACT} as they are and to
 * {@link FrenchAnalysis#TEXT} stemmed and folded, with the same positions and offsets. Each distinct word is
 * stemmed once per indexing thread ({@link Stems}). Cutting the text twice and stemming every occurrence was
 * half of the index build; the terms are the same as the two analyzers give (a test compares them).
 *
 * <p>The words are cut when the first of the two streams is read, in the thread that indexes the unit.
 */
final class UnitTokens {
    private static final Analyzer WRITTEN = FrenchAnalysis.exact();

    private final String body;
    private char[] chars;
    /** Where each word's letters end in {@link #chars}; word i starts where word i-1 ends. */
    private int[] ends;
    private int[] starts;
    private int[] stops;
    private int[] increments;
    private int count;
    private int finalOffset;
    /** Positions left after the last word (emoji at the end): the chain reports them at its end. */
    private int finalIncrement;

    UnitTokens(String body) {
        this.body = body;
    }

    /** The written forms: {@link FrenchAnalysis#EXACT}'s terms. */
    TokenStream exact() {
        return new Replay(false);
    }

    /** The stems with accents folded: {@link FrenchAnalysis#TEXT}'s terms. */
    TokenStream stemmed() {
        return new Replay(true);
    }

    private void cut() {
        if (chars != null) {
            return;
        }
        chars = new char[Math.max(16, body.length())];
        int capacity = Math.max(8, body.length() / 5);
        ends = new int[capacity];
        starts = new int[capacity];
        stops = new int[capacity];
        increments = new int[capacity];
        int used = 0;
        try (TokenStream stream = WRITTEN.tokenStream(FrenchAnalysis.EXACT, body)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (count == ends.length) {
                    int grown = count * 2;
                    ends = Arrays.copyOf(ends, grown);
                    starts = Arrays.copyOf(starts, grown);
                    stops = Arrays.copyOf(stops, grown);
                    increments = Arrays.copyOf(increments, grown);
                }
                if (used + term.length() > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
                }
                System.arraycopy(term.buffer(), 0, chars, used, term.length());
                used += term.length();
                ends[count] = used;
                starts[count] = offset.startOffset();
                stops[count] = offset.endOffset();
                increments[count] = increment.getPositionIncrement();
                count++;
            }
            stream.end();
            finalOffset = offset.endOffset();
            finalIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /** The cut words played back, as written or stemmed. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final boolean stemmed;
        private Stems stems;
        private int next;

        Replay(boolean stemmed) {
            this.stemmed = stemmed;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            cut();
            stems = stemmed ? Stems.ofThisThread() : null;
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : ends[next - 1];
            int length = ends[next] - from;
            if (stemmed) {
                char[] stem = stems.of(chars, from, length);
                term.copyBuffer(stem, 0, stem.length);
            } else {
                term.copyBuffer(chars, from, length);
            }
            offset.setOffset(starts[next], stops[next]);
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }
    }

    /**
     * Each written word's {@link FrenchAnalysis#TEXT} term, computed once: a corpus has tens of thousands of
     * distinct words for millions of occurrences. One per thread (no locking); bounded, since a corpus of
     * typos and numbers could otherwise fill the heap: past the bound, words not seen yet are stemmed each time.
     */
    static final class Stems {
        private static final int MAX_WORDS = 200_000;
        private static final ThreadLocal<Stems> OF_THREAD = ThreadLocal.withInitial(Stems::new);

        private final CharArrayMap<char[]> known = new CharArrayMap<>(4096, false);
        private final FrenchStemmer stemmer = new FrenchStemmer();
        private char[] folded = new char[64];

        static Stems ofThisThread() {
            return OF_THREAD.get();
        }

        /** The word's stem, accents folded, as SnowballFilter then ASCIIFoldingFilter make it. */
        char[] of(char[] text, int offset, int length) {
            char[] stem = known.get(text, offset, length);
            if (stem != null) {
                return stem;
            }
            stemmer.setCurrent(Arrays.copyOfRange(text, offset, offset + length), length);
            stemmer.stem();
            char[] stemmed = stemmer.getCurrentBuffer();
            int stemLength = stemmer.getCurrentBufferLength();
            if (folded.length < stemLength * 4) {
                folded = new char[stemLength * 4];
            }
            int foldedLength = ASCIIFoldingFilter.foldToASCII(stemmed, 0, folded, 0, stemLength);
            stem = Arrays.copyOf(folded, foldedLength);
            if (known.size() < MAX_WORDS) {
                known.put(Arrays.copyOfRange(text, offset, offset + length), stem);
            }
            return stem;
        }
    }
}
