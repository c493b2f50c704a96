package org.terrain.app.ui.document;

import java.util.List;
import java.util.Locale;

/**
 * The background of coded text: the code's colour as a light tint that keeps black text legible, and where
 * codings overlap, their colours mixed and a little stronger, so overlaps show without hiding what is under.
 */
public final class Tints {
    private static final double ONE = 0.30;
    private static final double MORE = 0.08;
    private static final double MOST = 0.50;

    private Tints() {
    }

    /** {@code #RRGGBB} tint for text coded with these colours ({@code #RRGGBB} each); null for none. */
    public static String blend(List<String> colors) {
        if (colors.isEmpty()) {
            return null;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        for (String color : colors) {
            int rgb = Integer.parseInt(color.substring(1), 16);
            r += (rgb >> 16) & 0xFF;
            g += (rgb >> 8) & 0xFF;
            b += rgb & 0xFF;
        }
        int n = colors.size();
        double strength = Math.min(MOST, ONE + MORE * (n - 1));
        return String.format(Locale.ROOT, "#%02X%02X%02X", over(r / n, strength), over(g / n, strength),
                over(b / n, strength));
    }

    /** The channel over a white page. */
    private static int over(double channel, double strength) {
        return (int) Math.round(255 * (1 - strength) + channel * strength);
    }
}
