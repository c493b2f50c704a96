package org.terrain.codingschemes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Code colours: a palette of distinct, legible tints for new codes, and the {@code #RRGGBB} form they take. */
public final class CodeColors {
    /** Tableau-like hues, readable as tints behind black text and as margin stripes. */
    private static final List<String> PALETTE = List.of("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
            "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC", "#1F77B4", "#D62728");
    private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");

    private CodeColors() {
    }

    /** The palette colour for the n-th code, so a new codebook is colourful without choices to make. */
    public static String forIndex(int n) {
        return PALETTE.get(Math.floorMod(n, PALETTE.size()));
    }

    public static boolean isValid(String color) {
        return color != null && RGB.matcher(color).matches();
    }

    /** {@code #rrggbb} upper-cased; {@code #RGB} expanded; anything else refused. */
    public static String normalize(String color) {
        String c = color.strip();
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        if (!isValid(c)) {
            throw new IllegalArgumentException("not a colour #RRGGBB: " + color);
        }
        return c.toUpperCase(Locale.ROOT);
    }
}
