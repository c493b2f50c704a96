package org.terrain.corpus.model;

import java.time.Instant;

/**
 * One entry of the operation log: a user action as the audit trail shows it.
 *
 * @param who     the name of whoever made it (its identity's name today; the name it was written under for
 *                entries older than identities)
 * @param summary the English sentence stored with it
 * @param undoOf  the sequence number this entry undid, or 0
 * @param undone  whether a later entry undid this one
 * @param message what it did, to word in the user's language; null for entries older than message keys, which
 *                have only their summary
 * @param batch   the user action this entry is part of when one action wrote several entries (a folder import:
 *                one entry per file): the seq of its first entry; 0 for an entry that is an action alone
 * @param entries how many entries the action stands for: 1 for an entry as the log lists it; for what undo or
 *                redo would take, every entry of its batch (the files of an import)
 */
public record Operation(long seq, Instant at, String who, String action, String summary, long undoOf,
                        boolean undone, OperationMessage message, long batch, int entries) {
    /** An entry with its summary only, as the log held them before message keys. */
    public Operation(long seq, Instant at, String who, String action, String summary, long undoOf, boolean undone) {
        this(seq, at, who, action, summary, undoOf, undone, null);
    }

    /** An entry alone. */
    public Operation(long seq, Instant at, String who, String action, String summary, long undoOf, boolean undone,
                     OperationMessage message) {
        this(seq, at, who, action, summary, undoOf, undone, message, 0, 1);
    }
}
