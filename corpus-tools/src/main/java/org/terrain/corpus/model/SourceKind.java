package org.terrain.corpus.model;

import java.util.Locale;
import java.util.Optional;

/** What a source is in the research design: told practices, seen practices, or discourse about them. */
public enum SourceKind {
    INTERVIEW, OBSERVATION, DISCOURSE, OTHER;

    /** The lower-case name used on the command line, in JSON and in the database. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> parse(String text) {
        for (SourceKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
