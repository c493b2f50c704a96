-- Sets: named groups of sources and of codes, as REFI-QDA's <Set> (ATLAS.ti's document and code groups, which
-- also carry its document attributes, "gender: male"). User data: every change goes through the operation log,
-- so members are deleted explicitly with their source or code (no ON DELETE CASCADE, which undo could not see).
CREATE TABLE sets (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT
);

-- One member a row: a source or a code, never both.
CREATE TABLE set_members (
    id        INTEGER PRIMARY KEY,
    set_id    INTEGER NOT NULL REFERENCES sets (id),
    source_id INTEGER REFERENCES sources (id),
    code_id   INTEGER REFERENCES codes (id),
    CHECK ((source_id IS NULL) <> (code_id IS NULL)),
    UNIQUE (set_id, source_id),
    UNIQUE (set_id, code_id)
);
CREATE INDEX set_members_source ON set_members (source_id);
CREATE INDEX set_members_code ON set_members (code_id);
