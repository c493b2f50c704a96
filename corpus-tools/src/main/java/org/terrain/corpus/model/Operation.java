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
 */
public record Operation(long seq, Instant at, String who, String action, String summary, long undoOf,
                        boolean undone, OperationMessage message) {
    /** An entry with its summary only, as the log held them before message keys. */
    public Operation(long seq, Instant at, String who, String action, String summary, long undoOf, boolean undone) {
        this(seq, at, who, action, summary, undoOf, undone, null);
    }
}
