package org.terrain.corpus.model;

/**
 * A code of the codebook tree. The GUID is stable across renames and moves, so exchanges (REFI-QDA) and
 * the operation log keep pointing at the same code.
 *
 * @param parentId the parent code, or 0 at the root
 * @param color    {@code #RRGGBB}
 */
public record Code(long id, String guid, long parentId, String name, String color, String description) {
    public boolean isRoot() {
        return parentId == 0;
    }
}
