package org.terrain.corpus.pseudonym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.terrain.corpus.text.NameFold;

/**
 * Pass two: each candidate's occurrences as a whole word, folded as {@link NameFold} folds (so as the pseudonym
 * table will match it), in every source, labels included; and the word before each occurrence, which tells a
 * person (« Madame Dupuis ») from a place (« en Algérie »). One walk over each text's words, whatever the number
 * of candidates: a candidate is looked up by its first word.
 */
final class CandidateCounter {
    /** One candidate's tally. */
    static final class Tally {
        int count;
        final Set<String> sources = new TreeSet<>();
        final Map<String, Integer> wordsBefore = new HashMap<>();
    }

    /** A candidate cut into its words and what separates them (« saint », « - », « fons »). */
    private record Pattern(String folded, String[] words, String[] separators) {
    }

    private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();

    CandidateCounter(Iterable<String> foldedNames) {
        for (String folded : foldedNames) {
            Pattern pattern = cut(folded);
            if (pattern != null && !tallies.containsKey(folded)) {
                byFirstWord.computeIfAbsent(pattern.words()[0], k -> new ArrayList<>()).add(pattern);
                tallies.put(folded, new Tally());
            }
        }
    }

    Tally tally(String folded) {
        return tallies.get(folded);
    }

    /** {@link NameFold#fold(int)} of each char, filled as met: folding is per code point and the same every time. */
    private final char[] foldedChars = new char[Character.MAX_VALUE + 1];

    /** The text folded as {@link NameFold#fold(String)} folds it, with the folds of the chars met before reused. */
    private String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return NameFold.fold(text); // rare: let NameFold pair the surrogates
            }
            char f = foldedChars[c];
            if (f == 0 && c != 0) {
                f = (char) NameFold.fold(c);
                foldedChars[c] = f;
            }
            out[i] = f;
        }
        return new String(out);
    }

    void count(String sourceName, String text) {
        String folded = fold(text);
        int[] starts = new int[Math.max(16, folded.length() / 5)];
        int[] ends = new int[starts.length];
        int words = 0;
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            if (!NameFold.isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < folded.length() && NameFold.isWordChar(folded.codePointAt(i))) {
                i += Character.charCount(folded.codePointAt(i));
            }
            if (words == starts.length) {
                starts = java.util.Arrays.copyOf(starts, words * 2);
                ends = java.util.Arrays.copyOf(ends, words * 2);
            }
            starts[words] = start;
            ends[words++] = i;
        }
        for (int w = 0; w < words; w++) {
            List<Pattern> patterns = byFirstWord.get(folded.substring(starts[w], ends[w]));
            if (patterns == null) {
                continue;
            }
            for (Pattern pattern : patterns) {
                if (matches(folded, starts, ends, words, w, pattern)) {
                    Tally tally = tallies.get(pattern.folded());
                    tally.count++;
                    tally.sources.add(sourceName);
                    if (w > 0) {
                        tally.wordsBefore.merge(folded.substring(starts[w - 1], ends[w - 1]), 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static boolean matches(String folded, int[] starts, int[] ends, int words, int w, Pattern pattern) {
        int n = pattern.words().length;
        if (w + n > words) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            String separator = pattern.separators()[k - 1];
            String word = pattern.words()[k];
            if (starts[w + k] - ends[w + k - 1] != separator.length()
                    || !folded.startsWith(separator, ends[w + k - 1])
                    || ends[w + k] - starts[w + k] != word.length() || !folded.startsWith(word, starts[w + k])) {
                return false;
            }
        }
        return true;
    }

    /** The name's words and separators; null for a name that does not start and end with a word character. */
    private static Pattern cut(String folded) {
        List<String> words = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        int i = 0;
        int lastEnd = -1;
        while (i < folded.length()) {
            int start = i;
            boolean word = NameFold.isWordChar(folded.codePointAt(i));
            while (i < folded.length() && NameFold.isWordChar(folded.codePointAt(i)) == word) {
                i += Character.charCount(folded.codePointAt(i));
            }
            if (word) {
                words.add(folded.substring(start, i));
                lastEnd = i;
            } else if (start == 0) {
                return null;
            } else {
                separators.add(folded.substring(start, i));
            }
        }
        if (words.isEmpty() || lastEnd != folded.length()) {
            return null;
        }
        return new Pattern(folded, words.toArray(String[]::new), separators.toArray(String[]::new));
    }
}
