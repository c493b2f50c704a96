package org.terrain.corpus.pseudonym;

import java.util.Locale;

/**
 * The case a replacement takes from what it replaces: {@code MARTINE :} gives {@code ODILE :}, {@code martine}
 * gives {@code odile}, and anything else the replacement as the researcher typed it. A shape the original itself
 * has as typed ({@code SNCF}) is no signal: the replacement stays as typed ({@code Entreprise A}).
 */
final class CaseShape {
    private CaseShape() {
    }

    static String apply(String found, String original, String replacement) {
        if (isUpper(found) && !isUpper(original)) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (isLower(found) && !isLower(original)) {
            return replacement.toLowerCase(Locale.ROOT);
        }
        return replacement;
    }

    /** Two letters or more, none lower case. */
    static boolean isUpper(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters > 1;
    }

    /** A letter or more, none upper case. */
    static boolean isLower(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters > 0;
    }
}
