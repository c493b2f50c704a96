package org.terrain.codingschemes;

import java.util.List;

/**
 * A codebook as data: what a research team agrees a code means, independent of any project. Loaded from a
 * readable file, validated, then installed into a project (which keeps its own copy of the codes).
 *
 * @param language the language of names and definitions (BCP 47, e.g. {@code fr})
 * @param groups   named groups of its codes (a REFI-QDA codebook's sets)
 */
public record Codebook(String name, String language, String description, List<CodeDefinition> codes,
                       List<CodeGroup> groups) {
    public Codebook {
        codes = List.copyOf(codes);
        groups = List.copyOf(groups);
    }

    /** A codebook without groups. */
    public Codebook(String name, String language, String description, List<CodeDefinition> codes) {
        this(name, language, description, codes, List.of());
    }
}
