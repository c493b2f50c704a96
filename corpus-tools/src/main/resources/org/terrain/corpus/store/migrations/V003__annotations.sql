-- Language analysis (CoreNLP French + lexicon lemmas). Derived from a source's text at one text_version and
-- recomputed when that changes, so it stays out of the operation log (like the Lucene index); it lives in the
-- database rather than beside it because annotating a thesis corpus takes minutes, not seconds.
-- ON DELETE CASCADE: undoing an import or deleting a source takes its annotations with it.
CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL UNIQUE REFERENCES sources (id) ON DELETE CASCADE,
    text_version INTEGER NOT NULL,
    annotators   TEXT    NOT NULL,
    pipeline     TEXT    NOT NULL,
    tokens       INTEGER NOT NULL,
    data         BLOB    NOT NULL,
    annotated_at TEXT    NOT NULL
);

-- Named entities found by the annotation, one row per mention; code points of sources.text at the annotation's
-- text_version. The base of pseudonymisation: a list per source and per project.
CREATE TABLE entity_mentions (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    start_cp  INTEGER NOT NULL,
    end_cp    INTEGER NOT NULL,
    type      TEXT    NOT NULL,
    text      TEXT    NOT NULL
);
CREATE INDEX entity_mentions_source ON entity_mentions (source_id);
CREATE INDEX entity_mentions_type_text ON entity_mentions (type, text);
