package org.terrain.corpus.text;

import java.util.Arrays;

/**
 * Maps code-point positions (what the project stores, as REFI-QDA) to UTF-16 indices (what Java strings,
 * JavaFX and NVivo count) and back. Built once per text; lookups are a binary search over the places of
 * supplementary characters (emoji, rare CJK), so a text without any maps in constant time.
 */
public final class CodePointIndex {
    private final String text;
    /** UTF-16 index of the high surrogate of each supplementary character, in order. */
    private final int[] pairs;
    private final int codePointLength;

    public CodePointIndex(String text) {
        this.text = text;
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        this.pairs = Arrays.copyOf(found, count);
        this.codePointLength = text.length() - count;
    }

    public String text() {
        return text;
    }

    public int codePointLength() {
        return codePointLength;
    }

    public int utf16Length() {
        return text.length();
    }

    /** The UTF-16 index where the code point at {@code cp} starts ({@code codePointLength()} maps to the end). */
    public int toUtf16(int cp) {
        if (cp < 0 || cp > codePointLength) {
            throw new IndexOutOfBoundsException("code point " + cp + " outside 0.." + codePointLength);
        }
        // Each pair before the target adds one UTF-16 unit: find how many pairs start before it.
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int pairCp = pairs[mid] - mid; // code-point position of that pair
            if (pairCp < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return cp + lo;
    }

    /**
     * The code-point position of the UTF-16 index {@code utf16}. An index that falls between the two halves
     * of a surrogate pair (as a tool counting UTF-16 may give) is rounded down to the character's start.
     */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16 + " outside 0.." + text.length());
        }
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // lo pairs start before utf16, each one unit longer than a code point. An index inside the last
        // of them lands on that pair's own start, which is the rounding down the javadoc promises.
        return utf16 - lo;
    }

    /** The text between two code-point positions. */
    public String substring(int startCp, int endCp) {
        return text.substring(toUtf16(startCp), toUtf16(endCp));
    }
}
