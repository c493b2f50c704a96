package org.terrain.corpus.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.terrain.corpus.errors.ImportException;

/**
 * Turns the bytes of a plain-text file into a string without Tika (the fast path): a BOM decides; else valid
 * UTF-8 is UTF-8; else UTF-16 without BOM is recognised by its zero bytes; else windows-1252, the superset of
 * Latin-1 that French Windows files use (’ œ … live in 0x80–0x9F, where Latin-1 has control codes).
 */
public final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and the encoding found, for the report. */
    public record Decoded(String text, Charset charset) {
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
        Decoded decoded;
        try {
            decoded = new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            decoded = new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
        if (controlShare(decoded.text()) > 0.02) {
            throw new ImportException("not_text", fileName);
        }
        return decoded;
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
