package org.terrain.corpus.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.TextFingerprint;

/**
 * A source ready to be stored: canonical text, turns and counts already computed by the importer.
 *
 * @param wantedName  the name asked for (the file name); made unique with " (2)", " (3)"… if taken
 * @param original    the imported file, copied into the project content-addressed; null when there is none
 * @param sha256      hex SHA-256 of the original bytes, the key of duplicate detection
 * @param caseName    the case to attach it to (created if missing), or null
 * @param textSha256  the {@link TextFingerprint} of {@code text}, the key of twin detection (another file, the
 *                    same text); the importer computes it beside the parsing
 */
public record NewSource(String wantedName, SourceKind kind, String caseName, Map<String, String> attributes,
                        String text, List<Turn> turns, int words, Path original, String sha256,
                        String importedFrom, String textSha256) {
    /** The same, its text's fingerprint computed here. */
    public NewSource(String wantedName, SourceKind kind, String caseName, Map<String, String> attributes,
                     String text, List<Turn> turns, int words, Path original, String sha256, String importedFrom) {
        this(wantedName, kind, caseName, attributes, text, turns, words, original, sha256, importedFrom,
                TextFingerprint.of(text));
    }
}
