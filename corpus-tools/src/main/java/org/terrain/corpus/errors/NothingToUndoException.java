package org.terrain.corpus.errors;

/** Undo or redo asked when the log has nothing left in that direction, or the data moved on since. */
public class NothingToUndoException extends TerrainException {
    public NothingToUndoException(String code, Object... args) {
        super(code, Category.ACTION_NEEDED, args);
    }
}
