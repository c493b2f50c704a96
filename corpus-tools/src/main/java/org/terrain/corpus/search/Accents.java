package org.terrain.corpus.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

/**
 * Accents as search ignores them. {@link #fold} writes a word the way a user may type it: lower case, accents
 * removed, ligatures spelt out (sécurité → securite, cœur → coeur, Ça → ca), with Lucene's ASCII folding, over the
 * Latin letters, ligatures and curly apostrophes. {@link #unfold} turns an automaton over folded words (a word, a
 * wildcard, a fuzzy term) into one over the words as written, accepting a written word exactly when its folded
 * form is accepted: Lucene then finds the written forms in the index's term dictionary itself, and nothing has to
 * be indexed twice.
 */
final class Accents {
    /** Lower-case code points that fold to something else, sorted, and what each folds to. */
    private static final int[] FOLDABLE;
    private static final String[] FOLDED;
    /** The foldable code points that fold to one code point, sorted by that code point, for range lookups. */
    private static final int[] ONE_TARGET;
    private static final int[] ONE_SOURCE;

    static {
        List<int[]> ranges = List.of(new int[] {0x00C0, 0x024F}, new int[] {0x1E00, 0x1EFF},
                new int[] {0x2018, 0x201B}, new int[] {0xFB00, 0xFB06});
        List<Integer> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    continue; // the index keeps words in lower case, and the query is lower-cased first
                }
                char[] out = new char[8];
                int length = ASCIIFoldingFilter.foldToASCII(new char[] {(char) c}, 0, out, 0, 1);
                String folded = new String(out, 0, length).toLowerCase(Locale.ROOT);
                if (!folded.equals(Character.toString(c))) {
                    sources.add(c);
                    targets.add(folded);
                }
            }
        }
        FOLDABLE = sources.stream().mapToInt(Integer::intValue).toArray();
        FOLDED = targets.toArray(String[]::new);
        long[] single = new long[FOLDABLE.length];
        int count = 0;
        for (int i = 0; i < FOLDABLE.length; i++) {
            if (FOLDED[i].codePointCount(0, FOLDED[i].length()) == 1) {
                single[count++] = ((long) FOLDED[i].codePointAt(0) << 32) | FOLDABLE[i];
            }
        }
        single = Arrays.copyOf(single, count);
        Arrays.sort(single);
        ONE_TARGET = new int[count];
        ONE_SOURCE = new int[count];
        for (int i = 0; i < count; i++) {
            ONE_TARGET[i] = (int) (single[i] >>> 32);
            ONE_SOURCE[i] = (int) single[i];
        }
    }

    private Accents() {
    }

    /** Whether folding changes this lower-case code point (é, œ, ’). */
    static boolean folds(int c) {
        return Arrays.binarySearch(FOLDABLE, c) >= 0;
    }

    /** Every code point folding changes, sorted: what {@link #unfold} tries when the letters in use are unknown. */
    static int[] allLetters() {
        return FOLDABLE.clone();
    }

    /** The word in lower case, accents removed, ligatures spelt out. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints().map(Character::toLowerCase).forEach(c -> {
            int i = Arrays.binarySearch(FOLDABLE, c);
            if (i >= 0) {
                out.append(FOLDED[i]);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * An automaton accepting every lower-case word made of {@code letters} and unaccented letters whose
     * {@link #fold folded form} {@code folded} accepts. Each transition keeps the letters it had, less
     * {@code letters} (they are reached only through what they fold to: é where e goes, œ where o then e go), so the
     * result stays deterministic. {@code letters} are the accented letters the index's words use: trying only
     * those keeps the automaton small (é, è, ê, ë for e, not the 25 variants of Latin script).
     *
     * @param letters sorted code points, each one that folding changes ({@link #folds})
     */
    static Automaton unfold(Automaton folded, int[] letters) {
        Automaton in = Operations.determinize(folded, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
        int[] oneTarget = new int[letters.length];
        int[] oneSource = new int[letters.length];
        int singles = 0;
        for (int j = 0; j < ONE_TARGET.length; j++) {
            if (Arrays.binarySearch(letters, ONE_SOURCE[j]) >= 0) {
                oneTarget[singles] = ONE_TARGET[j];
                oneSource[singles++] = ONE_SOURCE[j];
            }
        }
        Automaton.Builder out = new Automaton.Builder(in.getNumStates(), in.getNumTransitions() * 2);
        for (int state = 0; state < in.getNumStates(); state++) {
            out.createState();
            out.setAccept(state, in.isAccept(state));
        }
        Transition t = new Transition();
        for (int state = 0; state < in.getNumStates(); state++) {
            int count = in.initTransition(state, t);
            for (int i = 0; i < count; i++) {
                in.getNextTransition(t);
                addLettersAsThemselves(out, state, t, letters);
                for (int j = firstAtLeast(oneTarget, singles, t.min); j < singles && oneTarget[j] <= t.max; j++) {
                    out.addTransition(state, t.dest, oneSource[j]);
                }
            }
            for (int letter : letters) {
                String spelt = FOLDED[Arrays.binarySearch(FOLDABLE, letter)];
                if (spelt.codePointCount(0, spelt.length()) > 1) {
                    int dest = state;
                    for (int c : spelt.codePoints().toArray()) {
                        dest = dest < 0 ? -1 : in.step(dest, c);
                    }
                    if (dest >= 0) {
                        out.addTransition(state, dest, letter);
                    }
                }
            }
        }
        Automaton result = out.finish();
        return result.isDeterministic() ? result
                : Operations.determinize(result, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    /** The transition's range without the letters that fold to something else. */
    private static void addLettersAsThemselves(Automaton.Builder out, int state, Transition t, int[] letters) {
        int from = t.min;
        for (int j = firstAtLeast(letters, letters.length, t.min); j < letters.length && letters[j] <= t.max; j++) {
            if (letters[j] > from) {
                out.addTransition(state, t.dest, from, letters[j] - 1);
            }
            from = letters[j] + 1;
        }
        if (from <= t.max) {
            out.addTransition(state, t.dest, from, t.max);
        }
    }

    /** The first index of {@code sorted[0, length)} holding {@code value} or more. */
    private static int firstAtLeast(int[] sorted, int length, int value) {
        int i = Arrays.binarySearch(sorted, 0, length, value);
        if (i >= 0) {
            while (i > 0 && sorted[i - 1] == value) {
                i--;
            }
            return i;
        }
        return -i - 1;
    }
}
