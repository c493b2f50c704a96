package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts every word form on two sides of the corpus straight from the index: each unit of speech (a turn, or
 * a text) is put on a side once, by its source and speaker, then every term of the written-form field is read
 * once with its frequency in each unit. No text is tokenized again, which is what makes a contrast over
 * millions of words take milliseconds once the index is open.
 */
public final class FormCounter {
    /** Which side a unit of speech belongs to: 0 for A, 1 for B, -1 for neither. */
    @FunctionalInterface
    public interface Sides {
        int sideOf(long sourceId, String speaker);
    }

    /** Counts by form ({@code [inA, inB]}) and the tokens of each side. */
    public record Counts(Map<String, long[]> forms, long aTokens, long bTokens) {
    }

    private FormCounter() {
    }

    static Counts count(IndexSearcher searcher, Sides sides) {
        Map<String, long[]> forms = new HashMap<>();
        long[] totals = new long[2];
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                countLeaf(leaf, sides, forms, totals);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(forms, totals[0], totals[1]);
    }

    private static void countLeaf(LeafReaderContext leaf, Sides sides, Map<String, long[]> forms, long[] totals)
            throws IOException {
        int maxDoc = leaf.reader().maxDoc();
        FixedBitSet inA = new FixedBitSet(maxDoc);
        FixedBitSet inB = new FixedBitSet(maxDoc);
        NumericDocValues sourceIds = DocValues.getNumeric(leaf.reader(), IndexSchema.SOURCE_ID);
        SortedDocValues speakers = DocValues.getSorted(leaf.reader(), IndexSchema.SPEAKER);
        var live = leaf.reader().getLiveDocs();
        Map<Integer, String> speakerByOrd = new HashMap<>();
        for (int doc = sourceIds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sourceIds.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            String speaker = "";
            if (speakers.advanceExact(doc)) {
                int ord = speakers.ordValue();
                speaker = speakerByOrd.computeIfAbsent(ord, o -> lookup(speakers, o));
            }
            int side = sides.sideOf(sourceIds.longValue(), speaker);
            if (side == 0) {
                inA.set(doc);
            } else if (side == 1) {
                inB.set(doc);
            }
        }
        Terms terms = leaf.reader().terms(FrenchAnalysis.EXACT);
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            long a = 0;
            long b = 0;
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (inA.get(doc)) {
                    a += postings.freq();
                } else if (inB.get(doc)) {
                    b += postings.freq();
                }
            }
            if (a + b > 0) {
                long[] count = forms.computeIfAbsent(term.utf8ToString(), k -> new long[2]);
                count[0] += a;
                count[1] += b;
                totals[0] += a;
                totals[1] += b;
            }
        }
    }

    private static String lookup(SortedDocValues values, int ord) {
        try {
            return values.lookupOrd(ord).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
