package org.terrain.corpus.importing;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML file as its declaration says ({@code <?xml … encoding="ISO-8859-1"?>}), so the parser can be
 * given characters and never has to guess. Two departures from the letter of the declaration, both for files
 * written on French Windows machines: ISO-8859-1 (and ASCII) is read as windows-1252, its superset, since
 * ’ œ … live in 0x80–0x9F where Latin-1 has control codes; and a file declared UTF-8 that is not valid UTF-8
 * (an editor saved it in Latin-1 and left the declaration) is read as windows-1252 too, unless only a few of its
 * bytes are bad (see {@link TextDecoder#utf8OrWindows1252}). Without a declaration,
 * {@link TextDecoder} decides (BOM, UTF-8, UTF-16, windows-1252).
 */
final class XmlTextDecoder {
    private static final Pattern DECLARED = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._\\-]*)[\"']");
    private static final Set<String> LATIN1_NAMES = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "latin-1", "l1", "us-ascii", "ascii", "cp819", "iso-ir-100");
    private static final char BOM = '\uFEFF';

    private XmlTextDecoder() {
    }

    static String decode(byte[] bytes, String fileName) {
        String declared = declaredEncoding(bytes);
        Charset charset = declared == null ? null : charsetFor(declared);
        String text;
        if (charset == null) {
            text = TextDecoder.decode(bytes, fileName).text();
        } else if (charset.equals(StandardCharsets.UTF_8)) {
            text = TextDecoder.utf8OrWindows1252(bytes).text();
        } else {
            text = new String(bytes, charset);
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The encoding named in the declaration; readable as ASCII since every such file starts in ASCII. */
    private static String declaredEncoding(byte[] bytes) {
        int length = Math.min(bytes.length, 256);
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(bytes, from, Math.max(0, length - from), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charsetFor(String name) {
        if (LATIN1_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return TextDecoder.WINDOWS_1252;
        }
        try {
            Charset charset = Charset.forName(name);
            // a UTF-16 declaration read from ASCII bytes is wrong; let the BOM and zero bytes decide
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
