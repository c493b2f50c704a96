package org.terrain.corpus.pseudonym;

import org.terrain.corpus.text.NameFold;

/**
 * {@link NameFold#fold(String)} for whole corpora: the same folding, char for char, with each character of the
 * Basic Multilingual Plane folded once and remembered (NameFold decomposes an accented letter each time it meets
 * it; a thesis corpus meets « é » millions of times).
 */
final class FastFold {
    /** The folded char of each char from 0x80 up; 0 while not yet folded (no such char folds to 0). */
    private static final char[] TABLE = new char[0x10000];

    private FastFold() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
            } else if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                if (Character.charCount(cp) == 2) {
                    String folded = Character.toString(NameFold.fold(cp));
                    out[i] = folded.charAt(0);
                    out[i + 1] = folded.charAt(1);
                    i++;
                } else {
                    out[i] = c; // a lone surrogate: as NameFold leaves it
                }
            } else {
                out[i] = bmp(c);
            }
        }
        return new String(out);
    }

    private static char bmp(char c) {
        char folded = TABLE[c];
        if (folded == 0) {
            // one write of one char: threads that race write the same value
            folded = (char) NameFold.fold(c); // same UTF-16 length, NameFold's promise
            TABLE[c] = folded;
        }
        return folded;
    }
}
