package org.terrain.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random text with what breaks position arithmetic: emoji (surrogate pairs, ZWJ sequences), combining accents,
 * CRLF and lone CR, BOMs. Seeded, so a failure names the seed that reproduces it.
 */
final class Generators {
    private static final String[] PIECES = {"a", "é", "e\u0301", "œ", "’", " ", "\n", "\r\n", "\r", "🏭", "👩‍🔧",
        "𝔘", "\uFEFF", "l'usine", "ouvrière", "ç", "A\u030A", "\t", "\uD83C", "Z"};
    static final int CASES = 500;

    private Generators() {
    }

    /** {@link #CASES} texts of up to 40 pieces; the seed is the case number. */
    static List<String> frenchish() {
        List<String> out = new ArrayList<>();
        for (int seed = 0; seed < CASES; seed++) {
            out.add(frenchish(new Random(seed)));
        }
        return out;
    }

    static String frenchish(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(41);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
