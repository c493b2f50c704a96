package org.terrain.corpus.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Names as the pseudonym table and the leak check compare them: lower case, accents dropped, curly apostrophes and
 * odd hyphens and spaces made plain ({@code d’HÉLÈNE} and {@code d'helene} are one). Each code point folds to one
 * code point of the same UTF-16 length, so a position in the folded text is the same position in the text: the
 * matcher finds a name in the folded text and replaces it in the text as written.
 */
public final class NameFold {
    private NameFold() {
    }

    /**
     * The folded char of each char from 0x80 up, once met; 0 while not yet folded (no such char folds to 0). A
     * corpus meets « é » millions of times: decomposing it each time made the fold of an 8-million-word export the
     * slowest part of its pseudonymisation and of its leak check. Threads that race write the same value.
     */
    private static final char[] FOLDED = new char[0x10000];

    /** The folded text: as long as {@code text}, char for char. */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[i] = (char) fold(c);
            } else if (!Character.isSurrogate(c)) {
                char folded = FOLDED[c];
                if (folded == 0) {
                    folded = (char) fold((int) c); // one char in, one char out: fold's promise
                    FOLDED[c] = folded;
                }
                out[i] = folded;
            } else {
                int cp = text.codePointAt(i);
                int folded = Character.charCount(cp) == 2 ? fold(cp) : c; // a lone surrogate stays
                int written = Character.toChars(folded, out, i);
                i += written - 1;
            }
        }
        return new String(out);
    }

    /** One code point folded; a letter whose folded form would change its UTF-16 length is only lower-cased. */
    public static int fold(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
        }
        switch (c) {
            case 0x2019, 0x2018, 0x02BC, 0x2032, 0x00B4, 0x0060, 0x02B9:
                return '\'';
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212:
                return '-';
            default:
                break;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        int lower = Character.toLowerCase(c);
        String decomposed = Normalizer.normalize(Character.toString(lower), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        int folded = Character.isLetter(base) ? Character.toLowerCase(base) : lower;
        if (Character.charCount(folded) != Character.charCount(c)) {
            return Character.charCount(lower) == Character.charCount(c) ? lower : c;
        }
        return folded;
    }

    /** Whether this code point belongs to a word: a letter, a digit or a combining mark. The apostrophe and the
     * hyphen do not, so {@code d'Hélène} holds the word {@code Hélène} and {@code Saint-Fons} the word {@code Fons}. */
    public static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The starts (char indices) of {@code foldedName} as a whole word in {@code foldedText}, left to right. */
    public static List<Integer> wholeWordStarts(String foldedText, String foldedName) {
        List<Integer> starts = new ArrayList<>();
        if (foldedName.isEmpty()) {
            return starts;
        }
        int from = 0;
        while (true) {
            int at = foldedText.indexOf(foldedName, from);
            if (at < 0) {
                return starts;
            }
            int end = at + foldedName.length();
            boolean before = at == 0 || !isWordChar(foldedText.codePointBefore(at))
                    || !isWordChar(foldedName.codePointAt(0));
            boolean after = end == foldedText.length() || !isWordChar(foldedText.codePointAt(end))
                    || !isWordChar(foldedName.codePointBefore(foldedName.length()));
            if (before && after) {
                starts.add(at);
            }
            from = at + Character.charCount(foldedText.codePointAt(at));
        }
    }

    /** Whether {@code text} holds {@code name} as a whole word, folded. */
    public static boolean containsWord(String text, String name) {
        return !wholeWordStarts(fold(text), fold(name)).isEmpty();
    }
}
