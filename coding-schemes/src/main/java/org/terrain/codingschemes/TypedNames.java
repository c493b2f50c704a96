package org.terrain.codingschemes;

/**
 * What a name a person types (a code, a speaker label) may hold. A line break or a terminal escape sequence inside a name breaks
 * every list, CSV and terminal that shows it (an ESC sequence even recolours the terminal that lists the
 * codebook), so control characters are refused where names are typed: the command line, the app, a codebook.
 */
public final class TypedNames {
    private TypedNames() {
    }

    /** True when the name holds a control character (C0, DEL, C1) or a line or paragraph separator. */
    public static boolean hasControlCharacter(String name) {
        return name.codePoints().anyMatch(TypedNames::isControl);
    }

    /** The name with each control character written visibly ({@code \n}, {@code \t}, {@code \u001B}…), to quote it. */
    public static String visible(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (isControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029;
    }
}
