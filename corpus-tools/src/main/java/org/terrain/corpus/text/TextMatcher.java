package org.terrain.corpus.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds literal occurrences of a string in canonical text, as {@code code --match} does: case-sensitive,
 * non-overlapping, left to right, optionally whole words only. Results are code-point spans.
 */
public final class TextMatcher {
    private TextMatcher() {
    }

    /** @return pairs {start, end} in code points */
    public static List<int[]> find(String text, String needle, boolean wholeWords, boolean all) {
        String target = CanonicalText.of(needle);
        List<int[]> found = new ArrayList<>();
        if (target.isEmpty()) {
            return found;
        }
        CodePointIndex index = new CodePointIndex(text);
        int from = 0;
        while (from <= text.length() - target.length()) {
            int at = text.indexOf(target, from);
            if (at < 0) {
                break;
            }
            int end = at + target.length();
            if (!wholeWords || isWordBoundary(text, at) && isWordBoundary(text, end)) {
                found.add(new int[] {index.toCodePoint(at), index.toCodePoint(end)});
                if (!all) {
                    break;
                }
                from = end;
            } else {
                from = at + Character.charCount(text.codePointAt(at));
            }
        }
        return found;
    }

    /** True where a word cannot continue across {@code utf16}: no letter, digit or mark on both sides. */
    static boolean isWordBoundary(String text, int utf16) {
        if (utf16 <= 0 || utf16 >= text.length()) {
            return true;
        }
        int before = text.codePointBefore(utf16);
        int after = text.codePointAt(utf16);
        return !(isWordChar(before) && isWordChar(after));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }
}
