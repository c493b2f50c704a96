package org.terrain.corpus.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.text.NameFold;

/**
 * Finds originals as whole words in a text, folded with {@link NameFold} (case, accents, apostrophes). One pass over
 * the text whatever the number of originals: each word start is looked up by its first word, so a table of 500
 * names costs what a table of one does on a 60 MB export.
 */
final class LeakMatcher {
    /** An original found: as the table spells it, and where in the text (char indices). */
    record Hit(String original, int start, int end) {
    }

    /** Folded first word → the originals (folded, longest first) that begin with it. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** The hashes of the first words, as a bit set: most words of a text are passed over without a string made. */
    private final java.util.BitSet firstWordHashes = new java.util.BitSet(HASH_BITS);
    private static final int HASH_BITS = 1 << 20;
    /** Originals that do not begin with a letter or digit: searched with indexOf, whole word by NameFold's rule. */
    private final List<String[]> odd = new ArrayList<>();

    LeakMatcher(Collection<String> originals) {
        Map<String, String> folded = new LinkedHashMap<>();
        for (String original : originals) {
            if (original != null && !original.isBlank()) {
                folded.putIfAbsent(NameFold.fold(original.strip()), original.strip());
            }
        }
        for (Map.Entry<String, String> e : folded.entrySet()) {
            String[] pair = {e.getKey(), e.getValue()};
            String first = firstWord(e.getKey());
            if (first.isEmpty()) {
                odd.add(pair);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(pair);
                firstWordHashes.set(Math.floorMod(first.hashCode(), HASH_BITS));
            }
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b[0].length() - a[0].length()));
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty() && odd.isEmpty();
    }

    /**
     * Every original held by {@code text} as a whole word, in the order of the text; where several begin at one
     * place, the longest ({@code Martine Dupuis}, not also {@code Martine}), and the search goes on after it.
     */
    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (isEmpty() || text.isEmpty()) {
            return hits;
        }
        String folded = NameFold.fold(text);
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!NameFold.isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            int hash = 0; // String.hashCode of the word, char by char
            while (end < n) {
                int code = folded.codePointAt(end);
                if (!NameFold.isWordChar(code)) {
                    break;
                }
                int next = end + Character.charCount(code);
                for (int k = end; k < next; k++) {
                    hash = 31 * hash + folded.charAt(k);
                }
                end = next;
            }
            List<String[]> candidates = firstWordHashes.get(Math.floorMod(hash, HASH_BITS))
                    ? byFirstWord.get(folded.substring(i, end)) : null;
            int next = end;
            if (candidates != null) {
                for (String[] candidate : candidates) { // longest first, as the pseudonymiser replaces them
                    String name = candidate[0];
                    int stop = i + name.length();
                    if (folded.startsWith(name, i) && (stop == n || !NameFold.isWordChar(folded.codePointAt(stop))
                            || !NameFold.isWordChar(name.codePointBefore(name.length())))) {
                        hits.add(new Hit(candidate[1], i, stop));
                        next = Math.max(end, stop);
                        break;
                    }
                }
            }
            i = next;
        }
        for (String[] candidate : odd) {
            for (int start : NameFold.wholeWordStarts(folded, candidate[0])) {
                hits.add(new Hit(candidate[1], start, start + candidate[0].length()));
            }
        }
        return hits;
    }

    private static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && NameFold.isWordChar(folded.codePointAt(end))) {
            end += Character.charCount(folded.codePointAt(end));
        }
        return folded.substring(0, end);
    }
}
