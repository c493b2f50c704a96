package org.terrain.corpus.review;

import java.util.List;
import org.terrain.codingschemes.CodePath;

/**
 * Which codings go into a review package: those of {@code codes} (each with its sub-codes) and of
 * {@code sources}; an empty list does not narrow. Both empty: every coding of the project.
 */
public record ReviewSelection(List<CodePath> codes, List<String> sources) {
    public ReviewSelection {
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
    }

    public static ReviewSelection all() {
        return new ReviewSelection(List.of(), List.of());
    }
}
