package org.terrain.corpus.text;

import java.text.Normalizer;

/**
 * The one form in which a source's text is stored: NFC, {@code \n} line ends, no BOM. Every position in the
 * project counts code points of this form, so every importer passes its text through {@link #of(String)}.
 */
public final class CanonicalText {
    private static final char BOM = '\uFEFF';

    private CanonicalText() {
    }

    public static String of(String raw) {
        String text = raw;
        int start = 0;
        while (start < text.length() && text.charAt(start) == BOM) {
            start++; // a file concatenated from BOM-prefixed parts can start with several
        }
        text = text.substring(start);
        text = normalizeLineEnds(text);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static boolean isCanonical(String text) {
        return (text.isEmpty() || text.charAt(0) != BOM)
                && text.indexOf('\r') < 0
                && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** CRLF and lone CR (old Mac files) both become {@code \n}; NEL and LS are left to the writer's intent. */
    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
