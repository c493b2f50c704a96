package org.terrain.corpus.pseudonym;

import java.util.Locale;
import java.util.Optional;

/** What an original names: the suggestions propose a replacement of the same category. */
public enum PseudonymCategory {
    PERSON("person"), PLACE("place"), ORGANISATION("organisation"), OTHER("other");

    private final String id;

    PseudonymCategory(String id) {
        this.id = id;
    }

    /** The name the command line and the database use: person, place, organisation, other. */
    public String id() {
        return id;
    }

    /** The category named {@code id} (any case), if there is one. */
    public static Optional<PseudonymCategory> parse(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (PseudonymCategory category : values()) {
            if (category.id.equals(wanted)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
