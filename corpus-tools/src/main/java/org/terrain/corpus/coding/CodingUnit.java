package org.terrain.corpus.coding;

import java.util.Locale;
import java.util.Optional;

/**
 * How much text auto-coding codes around each search hit: the hit itself, its sentence, its turn (the
 * speaker's whole speech; outside transcripts, the paragraph), or its paragraph (the line: imported documents
 * hold one paragraph a line; in a transcript, the turn).
 */
public enum CodingUnit {
    HIT, SENTENCE, TURN, PARAGRAPH;

    public static Optional<CodingUnit> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
