package org.terrain.corpus.search;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.terrain.corpus.model.Word;
import org.terrain.corpus.text.CodePointIndex;

/**
 * The lemmas of one unit of speech as index tokens, already analysed by the language analysis: each word's
 * lemma in lower case with accents folded (so that {@code lemma:etre} finds être), at the offsets of the
 * written word in the unit's text, so that a lemma match shows and codes the words as written. The two words
 * of « au » (à, le) are two positions on the same two letters; punctuation is not a lemma.
 */
final class LemmaTokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<Word> words;
    private final int baseCp;
    private final CodePointIndex unit;
    private int next;

    /** @param words the words lying in the unit, in order; @param baseCp where the unit starts in its source */
    LemmaTokens(List<Word> words, int baseCp, String unitText) {
        this.words = words;
        this.baseCp = baseCp;
        this.unit = new CodePointIndex(unitText);
    }

    static String normalise(String lemma) {
        char[] folded = new char[lemma.length() * 4];
        String lower = lemma.toLowerCase(java.util.Locale.ROOT);
        int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
        return new String(folded, 0, length);
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (next < words.size()) {
            Word word = words.get(next++);
            if ("PUNCT".equals(word.upos())) {
                continue;
            }
            term.setEmpty().append(normalise(word.lemma()));
            offset.setOffset(unit.toUtf16(word.start() - baseCp), unit.toUtf16(word.end() - baseCp));
            position.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    @Override
    public void reset() {
        next = 0;
    }
}
