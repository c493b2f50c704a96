package org.terrain.corpus.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hex SHA-256 of a canonical text in UTF-8: two files that give the same text (a Transcriber {@code .trs}
 * and its {@code .txt} rendering) have the same fingerprint, whatever their bytes.
 */
public final class TextFingerprint {
    private TextFingerprint() {
    }

    /** Null for an empty text: a placeholder without its text is the twin of nothing. */
    public static String of(String canonicalText) {
        if (canonicalText == null || canonicalText.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
