package org.terrain.corpus.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as a quick filter compares it: accents dropped, lower case ({@code Écrit} and {@code ecrit} are one).
 * For short lists the user types into (memos, code names), not for the corpus search, which has its analyser.
 */
public final class TextFolding {
    private TextFolding() {
    }

    public static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Whether every word of {@code query} occurs somewhere in {@code text}, ignoring case and accents. */
    public static boolean containsAllWords(String text, String query) {
        String folded = fold(text);
        for (String word : fold(query).strip().split("\\s+")) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
