package org.terrain.corpus.store;

import java.util.List;
import org.terrain.corpus.model.Operation;

/**
 * One change of the codebook as the operation log recorded it (a code created, renamed, moved, merged,
 * deleted, described or recoloured, a codebook installed or imported), with what became of it since.
 *
 * @param fields the codes' columns the change updated, before and after (a description, a colour, a name)
 * @param reversals the undo that took it back, the redo that brought it again, and so on, in order
 */
public record CodebookChange(Operation operation, List<FieldChange> fields, List<Operation> reversals) {
    /** One column of one code, before and after; null where it was empty. */
    public record FieldChange(String field, String before, String after) {
    }

    /** Whether the change holds today: never undone, or redone after each undo. */
    public boolean inForce() {
        return reversals.size() % 2 == 0;
    }
}
