package org.terrain.codingschemes;

import java.util.List;

/**
 * A named group of codes across the tree (REFI-QDA's {@code <Set>} in a codebook: NVivo's and ATLAS.ti's code
 * groups, « les codes du chapitre 3 »). In a project it becomes a set holding those codes.
 *
 * @param codes the member codes by path, in the codebook's tree
 */
public record CodeGroup(String name, String description, List<CodePath> codes) {
    public CodeGroup {
        codes = List.copyOf(codes);
    }
}
