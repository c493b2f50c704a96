package org.terrain.corpus.model;

import java.time.Instant;

/**
 * One entry of the operation log: a user action as the audit trail shows it.
 *
 * @param undoOf the sequence number this entry undid, or 0
 * @param undone whether a later entry undid this one
 */
public record Operation(long seq, Instant at, String who, String action, String summary, long undoOf,
                        boolean undone) {
}
