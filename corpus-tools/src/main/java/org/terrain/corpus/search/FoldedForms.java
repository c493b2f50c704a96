package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The written forms of one index segment that folding changes (sécurité, cœur, aujourd’hui), by their folded form
 * (securite, coeur, aujourd'hui): what a word typed without accents is looked up in; and the accented letters its
 * words use, the only ones a wildcard has to try ({@link Accents#unfold}). Read once per segment from its term
 * dictionary ({@link FrenchAnalysis#EXACT}), kept while the segment is open, dropped when it closes. A segment
 * never changes once written, so nothing goes stale; units deleted since are the caller's to skip.
 *
 * <p>Cost: one pass over the segment's words (5–6 ms for the 19,858 forms of the 8M-word benchmark corpus), and a
 * map of the forms that carry an accent (3,396 there).
 *
 * @param byFolded the segment's accented written forms by folded form; a form without accents is not in it
 * @param letters  the code points of those forms that folding changes, sorted
 */
record FoldedForms(Map<String, List<String>> byFolded, int[] letters) {
    private static final Map<IndexReader.CacheKey, FoldedForms> BY_SEGMENT = new ConcurrentHashMap<>();

    /** The segment's, read at its first search. */
    static FoldedForms of(LeafReader segment) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return read(segment);
        }
        return BY_SEGMENT.computeIfAbsent(core.getKey(), key -> {
            core.addClosedListener(BY_SEGMENT::remove);
            return read(segment);
        });
    }

    /** The written forms folded as {@code folded} (those with accents: the caller looks up the bare one). */
    List<String> accented(String folded) {
        return byFolded.getOrDefault(folded, List.of());
    }

    private static FoldedForms read(LeafReader segment) {
        Map<String, List<String>> out = new HashMap<>();
        Set<Integer> letters = new TreeSet<>();
        try {
            Terms terms = segment.terms(FrenchAnalysis.EXACT);
            if (terms == null) {
                return new FoldedForms(out, new int[0]);
            }
            TermsEnum forms = terms.iterator();
            for (BytesRef form = forms.next(); form != null; form = forms.next()) {
                if (ascii(form)) {
                    continue; // the common case, and folding leaves ASCII lower case as it is
                }
                String written = form.utf8ToString();
                String folded = Accents.fold(written);
                if (!folded.equals(written)) {
                    out.computeIfAbsent(folded, k -> new ArrayList<>(1)).add(written);
                    written.codePoints().filter(Accents::folds).forEach(letters::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FoldedForms(out, letters.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean ascii(BytesRef utf8) {
        for (int i = utf8.offset; i < utf8.offset + utf8.length; i++) {
            if (utf8.bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
