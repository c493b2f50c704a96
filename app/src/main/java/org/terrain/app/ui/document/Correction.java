package org.terrain.app.ui.document;

import java.util.List;

/**
 * A correction of a source's text as stored: how many changes it made, and the codings it removed because all
 * their words were deleted (« Code « mots » »), which the user is always told of.
 */
public record Correction(String source, int changes, List<String> removedCodings) {
    public Correction {
        removedCodings = List.copyOf(removedCodings);
    }
}
