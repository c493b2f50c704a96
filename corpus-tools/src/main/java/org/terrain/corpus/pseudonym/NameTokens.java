package org.terrain.corpus.pseudonym;

import java.util.Set;
import org.terrain.corpus.text.NameFold;

/**
 * Words as names are written: « Saint-Fons » and « Jean-Pierre » are one word, « aujourd'hui » and « O'Neil »
 * too, while « d'Hélène » and « l'Entreprise » lose their elided article.
 */
final class NameTokens {
    /** Elided words that end at an apostrophe: what follows is a word of its own. */
    private static final Set<String> ELISIONS = Set.of("d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu", "presqu");

    private NameTokens() {
    }

    /** One word at [start, end) in UTF-16 chars. */
    record Token(int start, int end) {
    }

    /** The word that begins at {@code from} (a word character), its elided article left out. */
    static Token at(String text, int from) {
        int start = from;
        int segment = from;
        int i = from;
        int n = text.length();
        while (true) {
            while (i < n && NameFold.isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i + 1 >= n || !NameFold.isWordChar(text.codePointAt(i + 1))) {
                return new Token(start, i);
            }
            int joiner = NameFold.fold(text.charAt(i));
            if (joiner == '-') {
                segment = ++i;
            } else if (joiner == '\'') {
                if (segment == start && ELISIONS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                    start = i + 1;
                }
                segment = ++i;
            } else {
                return new Token(start, i);
            }
        }
    }

    /** Whether only one space (or no-break space) separates two words: they may form one name. */
    static boolean oneSpaceBetween(String text, int end, int start) {
        return start == end + 1 && (text.charAt(end) == ' ' || text.charAt(end) == '\u00A0'
                || text.charAt(end) == '\u202F');
    }
}
