package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What a word typed in a query stands for, accents and case aside. Stemming needs the accents (sécurité gives
 * "secur", securite "securit"; ouvrières "ouvri", ouvrieres "ouvrier"), and the user may have typed none: so the
 * word is matched against the written forms of the corpus ({@link FrenchAnalysis#EXACT}) by its folded form
 * ({@link Accents#fold}, {@link FoldedForms}), and stands for their stems, the way each was indexed.
 * {@code securite} finds sécurité and sécurités; {@code où} and {@code ou}, one folded form, find each other, as
 * they did already once stemmed.
 *
 * <p>A word written nowhere in the corpus keeps its own stem, plus those of the forms that differ from it only by
 * a number or gender ending once folded (ouvriere → ouvrier, ouvriers, ouvrières), so that a bare word still
 * finds its inflections when that very form is missing.
 */
final class WordAlternatives {
    private final IndexReader reader;

    /** @param reader the index searched; null for none (each word then stands for its own stem only) */
    WordAlternatives(IndexReader reader) {
        this.reader = reader;
    }

    /** The {@link FrenchAnalysis#TEXT} terms of one word typed (lower case, elision removed), sorted. */
    List<String> stems(String word) {
        String folded = Accents.fold(word);
        Set<String> forms = written(List.of(folded));
        boolean inCorpus = !forms.isEmpty();
        if (!inCorpus) {
            forms = written(inflections(folded));
        }
        Set<String> stems = new TreeSet<>();
        forms.forEach(form -> stems.addAll(FrenchAnalysis.stemOf(form)));
        if (!inCorpus) {
            stems.addAll(FrenchAnalysis.stemOf(word));
        }
        return List.copyOf(stems);
    }

    /** The accented letters the index's words use, sorted: those a wildcard must try ({@link Accents#unfold}). */
    int[] letters() {
        if (reader == null) {
            return Accents.allLetters();
        }
        Set<Integer> out = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (int letter : FoldedForms.of(leaf.reader()).letters()) {
                out.add(letter);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The forms written in live units of the index whose folded form is one of {@code foldedForms}. */
    private Set<String> written(List<String> foldedForms) {
        Set<String> out = new TreeSet<>();
        if (reader == null || foldedForms.isEmpty()) {
            return out;
        }
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(FrenchAnalysis.EXACT);
                if (terms == null) {
                    continue;
                }
                TermsEnum dictionary = terms.iterator();
                Bits live = leaf.reader().getLiveDocs();
                FoldedForms accented = FoldedForms.of(leaf.reader());
                for (String folded : foldedForms) {
                    List<String> candidates = new ArrayList<>(accented.accented(folded));
                    candidates.add(folded); // written without accents in the corpus too
                    for (String form : candidates) {
                        if (dictionary.seekExact(new BytesRef(form)) && inLiveUnit(dictionary, live)) {
                            out.add(form);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A term stays in its segment after its units are deleted, until a merge: it counts only while one is live. */
    private static boolean inLiveUnit(TermsEnum term, Bits live) throws IOException {
        if (live == null) {
            return true;
        }
        PostingsEnum postings = term.postings(null, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live.get(doc)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded word's base (a final s or x, then one or two final e, taken off) with each number and gender
     * ending: ouvriere → ouvrier, ouvriere, ouvrieres, ouvriers… None for a base shorter than three letters,
     * where the ending is more likely part of a short word (les, des, ses).
     */
    static List<String> inflections(String folded) {
        String base = folded.replaceFirst("[sx]$", "").replaceFirst("e{1,2}$", "");
        if (base.codePointCount(0, base.length()) < 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String gender : new String[] {"", "e", "ee"}) {
            for (String number : new String[] {"", "s", "x"}) {
                out.add(base + gender + number);
            }
        }
        return out;
    }
}
