package org.terrain.corpus.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The smallest set of word-level changes that turns one text into another, so that a correction typed
 * anywhere in a transcript moves codings as little as possible. Texts are cut into tokens — a run of letters,
 * marks and digits (a word), a run of blanks, or one other character — and compared with Myers' O(ND)
 * algorithm; neighbouring changed tokens, or changes with only blanks between them, make one
 * {@link TextReplacement}. A word retyped is replaced whole,
 * so that a coding of exactly that word follows its correction. Beyond {@link #MAX_CHANGES} changed tokens
 * (a text pasted over) the answer is one replacement between the common beginning and end.
 */
public final class TextDiff {
    static final int MAX_CHANGES = 2_000;

    private TextDiff() {
    }

    /** The changes, in order, positions in code points of {@code before}; empty when the texts are equal. */
    public static List<TextReplacement> between(String before, String after) {
        if (before.equals(after)) {
            return List.of();
        }
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        boolean[][] changed = changedTokens(midA, midB);
        int[] startsA = codePointStarts(a);
        List<TextReplacement> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < midA.size() || j < midB.size()) {
            if (i < midA.size() && j < midB.size() && !changed[0][i] && !changed[1][j]) {
                i++;
                j++;
                continue;
            }
            int fromA = i;
            StringBuilder inserted = new StringBuilder();
            while (i < midA.size() && changed[0][i]) {
                i++;
            }
            while (j < midB.size() && changed[1][j]) {
                inserted.append(midB.get(j++));
            }
            out.add(new TextReplacement(startsA[prefix + fromA], startsA[prefix + i], inserted.toString()));
        }
        return joinedOverBlanks(out, new CodePointIndex(before));
    }

    /**
     * Two changes with only blanks between them are one: « travaillez à » retyped « avez travaillé à » is one
     * replacement of « travaillez » rather than a word changed and another inserted after a kept space.
     */
    private static List<TextReplacement> joinedOverBlanks(List<TextReplacement> changes, CodePointIndex before) {
        List<TextReplacement> out = new ArrayList<>();
        for (TextReplacement change : changes) {
            TextReplacement last = out.isEmpty() ? null : out.getLast();
            String between = last == null ? null : before.substring(last.end(), change.start());
            if (between != null && between.isBlank()) {
                out.set(out.size() - 1, new TextReplacement(last.start(), change.end(),
                        last.text() + between + change.text()));
            } else {
                out.add(change);
            }
        }
        return out;
    }

    /**
     * Which tokens of each side are not in the longest common subsequence: {@code [0]} for {@code a} (deleted),
     * {@code [1]} for {@code b} (inserted). All of them when the texts differ too much to compare cheaply.
     */
    private static boolean[][] changedTokens(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        boolean[][] changed = {new boolean[n], new boolean[m]};
        int max = n + m;
        int limit = Math.min(max, MAX_CHANGES);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        // Only the diagonals step d can read are kept: memory grows as D², not D × (N + M).
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= limit && found < 0; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            Arrays.fill(changed[0], true);
            Arrays.fill(changed[1], true);
            return changed;
        }
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] previous = trace.get(d);
            int base = d + 1; // previous[base + k] is v[k] as it was before step d
            int k = x - y;
            int previousK = k == -d || (k != d && previous[base + k - 1] < previous[base + k + 1]) ? k + 1 : k - 1;
            int previousX = previous[base + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
            }
            if (x == previousX) {
                changed[1][--y] = true; // came down: an insertion
            } else {
                changed[0][--x] = true; // came right: a deletion
            }
        }
        return changed;
    }

    /** Where each token starts, in code points, with the text's length at the end. */
    private static int[] codePointStarts(List<String> tokens) {
        int[] starts = new int[tokens.size() + 1];
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            starts[t + 1] = starts[t] + token.codePointCount(0, token.length());
        }
        return starts;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int kind = kind(text.codePointAt(i));
            int end = i + Character.charCount(text.codePointAt(i));
            if (kind != OTHER) {
                while (end < text.length() && kind(text.codePointAt(end)) == kind) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    private static final int WORD = 0;
    private static final int BLANK = 1;
    private static final int OTHER = 2;

    private static int kind(int codePoint) {
        if (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK) {
            return WORD;
        }
        return Character.isWhitespace(codePoint) ? BLANK : OTHER;
    }
}
