package org.terrain.corpus.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.terrain.corpus.errors.ImportException;

/**
 * Turns the bytes of a plain-text file into a string without Tika (the fast path): a BOM decides; else UTF-16
 * without BOM is recognised by its zero bytes; else UTF-8 is UTF-8, even with a few bad bytes, replaced by U+FFFD
 * (see {@link #utf8OrWindows1252}); else windows-1252, the superset of Latin-1 that French Windows files use
 * (’ œ … live in 0x80–0x9F, where Latin-1 has control codes).
 */
public final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A short UTF-8 text may hold this many bad bytes and still be read as UTF-8 (see utf8OrWindows1252). */
    private static final int FEW_INVALID = 3;

    private TextDecoder() {
    }

    /**
     * The decoded text, the encoding found, and how many invalid byte sequences were replaced by U+FFFD (only
     * in a UTF-8 file with a few bad bytes, see {@link #decode}).
     */
    public record Decoded(String text, Charset charset, int replaced) {
        Decoded(String text, Charset charset) {
            this(text, charset, 0);
        }
    }

    public static Decoded decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new ImportException("empty_file", fileName);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, fileName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, fileName);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, fileName);
        }
        if (hasNul(bytes)) {
            throw new ImportException("not_text", fileName);
        }
        Decoded decoded = utf8OrWindows1252(bytes);
        if (controlShare(decoded.text()) > 0.02) {
            throw new ImportException("not_text", fileName);
        }
        return decoded;
    }

    /**
     * UTF-8 when the bytes are UTF-8, even with a few bad bytes (a truncated copy, a stray byte from another
     * file): those are replaced by U+FFFD and counted, so that one bad byte does not turn every « é » of the file
     * into « Ã© ». windows-1252 when the bytes say so: no valid multi-byte sequence, or too many invalid ones.
     * A windows-1252 file almost never holds a valid UTF-8 sequence (it would take « Ã© », itself the mark of a
     * botched conversion) while each of its accented letters is an invalid one, so the rule is: at most one
     * invalid sequence for 100 valid ones, or, for a short text, at most {@link #FEW_INVALID} invalid ones
     * and ten valid ones for each. Counts are of characters: valid sequences are the non-ASCII characters read,
     * invalid ones the U+FFFD the JDK's decoder put in their place.
     */
    static Decoded utf8OrWindows1252(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8); // each invalid sequence becomes one U+FFFD
        int replaced = 0;
        int valid = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replaced++;
            } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                valid++;
            }
        }
        replaced -= literalReplacementCharacters(bytes);
        if (replaced == 0) {
            return new Decoded(text, StandardCharsets.UTF_8);
        }
        boolean fewBad = replaced * 100L <= valid || replaced <= FEW_INVALID && valid >= 10L * replaced;
        return fewBad ? new Decoded(text, StandardCharsets.UTF_8, replaced)
                : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /** U+FFFD written in the file itself (EF BF BD): a character, not a bad byte. */
    private static int literalReplacementCharacters(byte[] bytes) {
        int count = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
                count++;
            }
        }
        return count;
    }

    /** Text has tabs and line breaks but almost no other control characters; binary data has many. */
    private static double controlShare(String text) {
        int sample = Math.min(text.length(), 16_384);
        if (sample == 0) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return (double) controls / sample;
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String fileName) {
        try {
            String text = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, charset);
        } catch (CharacterCodingException e) {
            throw new ImportException("bad_encoding", e, fileName, charset.name());
        }
    }

    /** Text in UTF-16 without a BOM has a zero in every other byte for Latin letters. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasNul(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
