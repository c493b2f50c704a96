package org.terrain.corpus.model;

import java.time.Instant;

/** A researcher's note attached to the project, a source, a code or a segment, or an entry of the journal. */
public record Memo(long id, String guid, MemoTarget target, long targetId, String title, String body,
                   String author, Instant created, Instant modified) {

    public enum MemoTarget { PROJECT, SOURCE, CODE, SEGMENT, JOURNAL }
}
