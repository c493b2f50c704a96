package org.terrain.corpus.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A document of the corpus with its canonical text (NFC, {@code \n}, no BOM) and, for transcripts, its
 * turns. The text never changes silently: every edit bumps {@code textVersion}.
 *
 * @param caseName   the case it belongs to, or null
 * @param attributes attribute name to value, as typed by the attribute
 */
public record Source(long id, String guid, String name, SourceKind kind, String caseName, String text,
                     int textVersion, List<Turn> turns, Map<String, String> attributes,
                     Map<String, SpeakerRole> speakerRoles, Instant imported) {

    public boolean isTranscript() {
        return !turns.isEmpty();
    }
}
