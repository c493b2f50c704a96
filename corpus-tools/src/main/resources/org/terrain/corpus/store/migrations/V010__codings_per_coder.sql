-- Version 10: one coding per coder.
--
-- Two coders who code the same words with the same code made two codings, and an inter-coder check needs both:
-- the segments table was unique on (source, code, span), so the second coder's coding was the first one's and
-- a merge of two copies lost it. It is now unique on (source, code, span, coder); a coding without a coder
-- (brought from a file that did not say) counts as one coder of its own. SQLite cannot drop a table's UNIQUE
-- constraint: the table is rebuilt, same columns, same ids (the operation log names rows by id), and nothing
-- refers to a segment by a foreign key.
CREATE TABLE segments_v10 (
    id           INTEGER PRIMARY KEY,
    guid         TEXT    NOT NULL UNIQUE,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    code_id      INTEGER NOT NULL REFERENCES codes (id),
    start_cp     INTEGER NOT NULL,
    end_cp       INTEGER NOT NULL,
    text_version INTEGER NOT NULL,
    coder_id     INTEGER REFERENCES coders (id),
    created_at   TEXT    NOT NULL,
    modified_at  TEXT    NOT NULL,
    memo         TEXT,
    CHECK (start_cp >= 0 AND end_cp > start_cp)
);
INSERT INTO segments_v10 (id, guid, source_id, code_id, start_cp, end_cp, text_version, coder_id, created_at,
                          modified_at, memo)
    SELECT id, guid, source_id, code_id, start_cp, end_cp, text_version, coder_id, created_at, modified_at, memo
    FROM segments;
DROP TABLE segments;
ALTER TABLE segments_v10 RENAME TO segments;
CREATE INDEX segments_code ON segments (code_id);
CREATE UNIQUE INDEX segments_per_coder ON segments (source_id, code_id, start_cp, end_cp, ifnull(coder_id, 0));
