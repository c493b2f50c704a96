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
    /** Originals that do not begin with a letter or digit: searched with indexOf, whole word by NameFold's rule. */
    private final List<String[]> odd = new ArrayList<>();
    /** The first chars and the lengths (under 64) of the first words: a quick no for most words of a text. */
    private final java.util.BitSet firstChars = new java.util.BitSet();
    private long firstWordLengths;
    /**
     * The first words' hash codes, folded onto {@link #HASH_BITS} bits: with 500 names almost every word passes the
     * two tests above, and only a word whose hash is here is cut out of the text to be looked up.
     */
    private final java.util.BitSet firstWordHashes = new java.util.BitSet(1 << HASH_BITS);
    private static final int HASH_BITS = 20;

    LeakMatcher(Collection<String> originals) {
        Map<String, String> folded = new LinkedHashMap<>();
        for (String original : originals) {
            if (original != null && !original.isBlank()) {
                folded.putIfAbsent(NameFold.fold(original.strip()).replaceAll(" +", " "), original.strip());
            }
        }
        for (Map.Entry<String, String> e : folded.entrySet()) {
            String[] pair = {e.getKey(), e.getValue()};
            String first = firstWord(e.getKey());
            if (first.isEmpty()) {
                odd.add(pair);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(pair);
                firstChars.set(first.charAt(0));
                firstWordLengths |= first.length() < 64 ? 1L << first.length() : 0;
                firstWordHashes.set(bucket(first.hashCode()));
            }
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b[0].length() - a[0].length()));
    }

    /**
     * Whether some original, folded, holds one of {@code chars} (folded), or one of them is a word char: what
     * {@link EntityReading} must rule out.
     */
    boolean holdsAnyOf(String chars) {
        String folded = NameFold.fold(chars);
        for (int i = 0; i < folded.length(); i++) {
            if (NameFold.isWordChar(folded.charAt(i))) {
                return true;
            }
        }
        List<String[]> all = new ArrayList<>(odd);
        byFirstWord.values().forEach(all::addAll);
        for (String[] original : all) {
            for (int i = 0; i < folded.length(); i++) {
                if (original[0].indexOf(folded.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
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
        // folded into an array, not a String: on a 60 MB export a String would be one more copy of it
        char[] folded = foldedChars(text);
        int n = folded.length;
        int i = 0;
        while (i < n) {
            if (!isWordChar(folded, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isWordChar(folded, end)) {
                end++;
            }
            int next = end;
            // most words begin with no original's first letter, or have no original's first word's length
            if (firstChars.get(folded[i]) && end - i < 64 && (firstWordLengths & (1L << (end - i))) != 0
                    && firstWordHashes.get(bucket(hash(folded, i, end)))) {
                List<String[]> candidates = byFirstWord.get(new String(folded, i, end - i));
                if (candidates != null) {
                    for (String[] candidate : candidates) { // longest first, as the pseudonymiser replaces them
                        String name = candidate[0];
                        int stop = matchEnd(folded, i, name);
                        if (stop >= 0 && (stop == n || !isWordChar(folded, stop)
                                || !NameFold.isWordChar(name.codePointBefore(name.length())))) {
                            hits.add(new Hit(candidate[1], i, stop));
                            next = Math.max(end, stop);
                            break;
                        }
                    }
                }
            }
            i = next;
        }
        String foldedText = odd.isEmpty() ? null : new String(folded);
        for (String[] candidate : odd) {
            for (int start : NameFold.wholeWordStarts(foldedText, candidate[0])) {
                hits.add(new Hit(candidate[1], start, start + candidate[0].length()));
            }
        }
        return hits;
    }

    /** What {@link String#hashCode} gives for these chars. */
    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    private static int bucket(int hash) {
        return (hash ^ hash >>> HASH_BITS) & ((1 << HASH_BITS) - 1);
    }

    /**
     * {@link NameFold#fold(String)}, through a table of the 65,536 chars of the Basic Multilingual Plane made once:
     * NameFold decomposes each accented letter anew, which costs seconds on an export of 60 MB.
     */
    static String fold(String text) {
        return new String(foldedChars(text));
    }

    private static char[] foldedChars(String text) {
        char[] table = BmpFold.TABLE;
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(text.charAt(i + 1))) {
                // NameFold keeps a code point's length: a pair folds to a pair
                char[] pair = Character.toChars(NameFold.fold(text.codePointAt(i)));
                out[i] = pair[0];
                out[++i] = pair[pair.length - 1];
            } else {
                out[i] = table[c];
            }
        }
        return out;
    }

    /**
     * Where {@code name} ends when it begins at {@code at} in {@code folded}, -1 when it does not begin there; a space
     * of the name matches a run of white space (folded to spaces: « Martine\r\nDupuis », « Martine  Dupuis »).
     */
    private static int matchEnd(char[] folded, int at, String name) {
        int t = at;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (t >= folded.length || folded[t] != c) {
                return -1;
            }
            t++;
            if (c == ' ') {
                while (t < folded.length && folded[t] == ' ') {
                    t++;
                }
            }
        }
        return t;
    }

    /**
     * Whether the char at {@code i} belongs to a word, as {@link NameFold#isWordChar} says of its code point; both
     * chars of a pair answer for the pair, so a word is a run of chars.
     */
    private static boolean isWordChar(char[] s, int i) {
        char c = s[i];
        if (!Character.isSurrogate(c)) {
            return BmpFold.WORD.get(c);
        }
        int at = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s[i - 1]) ? i - 1 : i;
        return NameFold.isWordChar(Character.codePointAt(s, at));
    }

    /** Loaded on first use. */
    private static final class BmpFold {
        static final char[] TABLE = new char[Character.MAX_VALUE + 1];
        static final java.util.BitSet WORD = new java.util.BitSet(Character.MAX_VALUE + 1);

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                TABLE[c] = Character.isSurrogate((char) c) ? (char) c : (char) NameFold.fold(c);
                WORD.set(c, !Character.isSurrogate((char) c) && NameFold.isWordChar(c));
            }
        }
    }

    private static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && NameFold.isWordChar(folded.codePointAt(end))) {
            end += Character.charCount(folded.codePointAt(end));
        }
        return folded.substring(0, end);
    }
}
