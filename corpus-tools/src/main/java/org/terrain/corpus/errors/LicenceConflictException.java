package org.terrain.corpus.errors;

import java.util.List;

/**
 * A publication refused because some sources' licences forbid the licence chosen for it (exit 1): how many, the
 * licence chosen, and the sources, each as {@code name (licence)}.
 */
public class LicenceConflictException extends TerrainException {
    private final transient List<String> sources;

    public LicenceConflictException(String chosenLabel, List<String> sources) {
        super("licence_conflict", Category.ACTION_NEEDED, sources.size(), chosenLabel, String.join(", ", sources));
        this.sources = List.copyOf(sources);
    }

    /** The sources refused, each as {@code name (licence id)}. */
    public List<String> sources() {
        return sources;
    }
}
