package org.terrain.corpus.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.terrain.corpus.model.Span;

/**
 * Finds what the user types in one text, as « Rechercher dans le document » does: ignoring case and accents
 * like the search (« securite » finds « Sécurité », « coeur » finds « cœur »), a typewriter apostrophe matching
 * the typographic one and a blank matching a no-break space. Every occurrence, left to right, not overlapping,
 * in code points of the text. Each character is folded on its own, so a position in the folded text leads back
 * to the character it came from.
 */
public final class TextFinder {
    private TextFinder() {
    }

    public static List<Span> find(String text, String query) {
        String wanted = fold(query);
        List<Span> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        StringBuilder folded = new StringBuilder(text.length());
        // origin[i]: the code point of the text that folded char i comes from.
        int[] origin = new int[text.length() + 16];
        int codePoints = text.codePointCount(0, text.length());
        boolean[] vanishes = new boolean[codePoints];
        int cp = 0;
        for (int at = 0; at < text.length(); cp++) {
            int c = text.codePointAt(at);
            at += Character.charCount(c);
            String piece = fold(c);
            vanishes[cp] = piece.isEmpty();
            for (int i = 0; i < piece.length(); i++) {
                if (folded.length() == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = cp;
                folded.append(piece.charAt(i));
            }
        }
        // ends[k]: where a match ending on code point k ends, past the lone accents after it (they fold to nothing).
        int[] ends = new int[codePoints];
        for (int k = codePoints - 1; k >= 0; k--) {
            ends[k] = k + 1 < codePoints && vanishes[k + 1] ? ends[k + 1] : k + 1;
        }
        int from = 0;
        while (true) {
            int at = folded.indexOf(wanted, from);
            if (at < 0) {
                break;
            }
            int last = at + wanted.length() - 1;
            found.add(new Span(origin[at], ends[origin[last]]));
            from = at + wanted.length();
        }
        return found;
    }

    /** The text as it is compared: lower case, without accents, with the signs above made alike. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(fold(c)));
        return out.toString();
    }

    private static String fold(int c) {
        switch (c) {
            case 'œ', 'Œ' -> {
                return "oe";
            }
            case 'æ', 'Æ' -> {
                return "ae";
            }
            case 'ß' -> {
                return "ss";
            }
            case '\u2019', '\u2018', '\u02BC' -> {
                return "'";
            }
            default -> {
                // Compatibility decomposition: accents apart (then dropped), ligatures and no-break spaces plain.
                String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD);
                StringBuilder out = new StringBuilder(decomposed.length());
                decomposed.codePoints().filter(d -> !isMark(d)).map(Character::toLowerCase).forEach(out::appendCodePoint);
                return out.toString();
            }
        }
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
