package org.terrain.corpus.model;

import java.time.Instant;

/**
 * One entry of the operation log: a user action as the audit trail shows it.
 *
 * @param undoOf  the sequence number this entry undid, or 0
 * @param undone  whether a later entry undid this one
 * @param batch   the user action this entry is part of when one action wrote several entries (a folder import:
 *                one entry per file): the seq of its first entry; 0 for an entry that is an action alone
 * @param entries how many entries the action stands for: 1 for an entry as the log lists it; for what undo or
 *                redo would take, every entry of its batch (the files of an import)
 */
public record Operation(long seq, Instant at, String who, String action, String summary, long undoOf,
                        boolean undone, long batch, int entries) {
    /** An entry alone. */
    public Operation(long seq, Instant at, String who, String action, String summary, long undoOf, boolean undone) {
        this(seq, at, who, action, summary, undoOf, undone, 0, 1);
    }
}
