package org.terrain.corpus.pseudonym;

import java.util.Map;
import org.terrain.corpus.text.NameFold;

/**
 * French elision before a replaced name, redone for the replacement: {@code d'Hélène} becomes {@code de Claire}
 * and {@code de Martine} becomes {@code d'Odile}; the same for {@code qu'}, {@code jusqu'}, {@code lorsqu'},
 * {@code puisqu'}, and {@code la}/{@code le} before a vowel ({@code l'}). An {@code l'} before a consonant becomes
 * {@code le}: the table does not know a name's gender, and a place that takes an article is the researcher's to
 * enter with it ({@code le Havre}). A name starting with h counts as starting with a vowel (h muet: d'Hélène,
 * d'Hugo).
 */
final class Elision {
    /** Elided form → full form, folded. */
    private static final Map<String, String> FULL = Map.of("d", "de", "l", "le", "qu", "que", "jusqu", "jusque",
            "lorsqu", "lorsque", "puisqu", "puisque");
    /** Full form → elided form, folded. */
    private static final Map<String, String> ELIDED = Map.of("de", "d", "le", "l", "la", "l", "que", "qu",
            "jusque", "jusqu", "lorsque", "lorsqu", "puisque", "puisqu");

    /** What to write instead of the text from {@code start} to the name: the new prefix. */
    record Change(int start, String prefix) {
    }

    private Elision() {
    }

    /**
     * The change before a name found at {@code nameStart}, or null when none is needed. {@code folded} is the
     * folded text, {@code text} the text as written; {@code apostrophe} the one to write when eliding.
     */
    static Change before(String text, String folded, int nameStart, String replacement, boolean upper,
                         char apostrophe) {
        if (nameStart < 2) {
            return null;
        }
        boolean vowel = startsWithVowel(replacement);
        char last = folded.charAt(nameStart - 1);
        if (last == '\'') {
            int wordStart = wordStart(folded, nameStart - 1);
            String word = folded.substring(wordStart, nameStart - 1);
            String full = FULL.get(word);
            if (full == null || vowel) {
                return null;
            }
            return new Change(wordStart, shaped(full, text.substring(wordStart, nameStart - 1), upper) + " ");
        }
        if (last == ' ' && vowel) {
            int wordStart = wordStart(folded, nameStart - 1);
            String word = folded.substring(wordStart, nameStart - 1);
            String elided = ELIDED.get(word);
            if (elided == null) {
                return null;
            }
            return new Change(wordStart, shaped(elided, text.substring(wordStart, nameStart - 1), upper) + apostrophe);
        }
        return null;
    }

    /** The start of the word that ends at {@code end}, when a word boundary precedes it; else {@code end}. */
    private static int wordStart(String folded, int end) {
        int at = end;
        while (at > 0 && NameFold.isWordChar(folded.codePointBefore(at))) {
            at -= Character.charCount(folded.codePointBefore(at));
        }
        return at;
    }

    /** The new little word in the case of the one it replaces ({@code D'} → {@code De}, {@code DE} → {@code D'}). */
    private static String shaped(String word, String written, boolean upper) {
        if (written.isEmpty() || !Character.isUpperCase(written.codePointAt(0))) {
            return word;
        }
        if (upper || CaseShape.isUpper(written)) {
            return word.toUpperCase(java.util.Locale.ROOT);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static boolean startsWithVowel(String replacement) {
        String folded = NameFold.fold(replacement.strip());
        return !folded.isEmpty() && "aeiouyh".indexOf(folded.charAt(0)) >= 0;
    }
}
