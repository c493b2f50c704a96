package org.terrain.corpus.importing;

import java.util.Locale;
import java.util.Optional;

/** Whether plain text is read as turns of speech ({@code --turns auto|on|off}). */
public enum TurnMode {
    AUTO, ON, OFF;

    public static Optional<TurnMode> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
