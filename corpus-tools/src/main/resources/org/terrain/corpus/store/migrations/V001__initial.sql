-- Terrain project database, version 1. Every table has an integer `id` primary key so that the operation
-- log can record and invert any row change the same way (see OperationLog).

CREATE TABLE project (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT    NOT NULL,
    guid        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE coders (
    id    INTEGER PRIMARY KEY,
    guid  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,
    description  TEXT
);

-- Originals of imported files, content-addressed: the same bytes are one row and one file.
CREATE TABLE originals (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL UNIQUE,
    file_name   TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    stored_path TEXT    NOT NULL
);

CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    guid          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL UNIQUE,
    kind          TEXT    NOT NULL CHECK (kind IN ('interview', 'observation', 'discourse', 'other')),
    case_id       INTEGER REFERENCES cases (id),
    original_id   INTEGER REFERENCES originals (id),
    content_sha256 TEXT,
    text          TEXT    NOT NULL,
    text_version  INTEGER NOT NULL DEFAULT 1,
    chars         INTEGER NOT NULL,
    words         INTEGER NOT NULL,
    imported_at   TEXT    NOT NULL,
    imported_from TEXT
);
CREATE INDEX sources_content ON sources (content_sha256);
CREATE INDEX sources_case ON sources (case_id);

-- Positions are code points of sources.text; time_ms is -1 when the transcript gives no time.
CREATE TABLE turns (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    ordinal      INTEGER NOT NULL,
    speaker      TEXT    NOT NULL,
    time_ms      INTEGER NOT NULL,
    label_start  INTEGER NOT NULL,
    label_end    INTEGER NOT NULL,
    speech_start INTEGER NOT NULL,
    speech_end   INTEGER NOT NULL,
    UNIQUE (source_id, ordinal)
);

-- A role for a speaker label: in one source, or in every source when source_id is null.
CREATE TABLE speaker_roles (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources (id),
    label     TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('interviewer', 'participant'))
);
CREATE UNIQUE INDEX speaker_roles_unique ON speaker_roles (ifnull(source_id, 0), label);

CREATE TABLE attributes (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL CHECK (type IN ('text', 'integer', 'float', 'date', 'boolean')),
    description TEXT
);

CREATE TABLE source_attributes (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    attribute_id INTEGER NOT NULL REFERENCES attributes (id),
    value        TEXT    NOT NULL,
    UNIQUE (source_id, attribute_id)
);

CREATE TABLE case_attributes (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    attribute_id INTEGER NOT NULL REFERENCES attributes (id),
    value        TEXT    NOT NULL,
    UNIQUE (case_id, attribute_id)
);

CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES codes (id),
    name        TEXT NOT NULL,
    color       TEXT NOT NULL,
    description TEXT,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX codes_sibling_names ON codes (ifnull(parent_id, 0), name);

-- start_cp/end_cp are code points of sources.text at text_version.
CREATE TABLE segments (
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
    CHECK (start_cp >= 0 AND end_cp > start_cp),
    UNIQUE (source_id, code_id, start_cp, end_cp)
);
CREATE INDEX segments_code ON segments (code_id);

CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    target      TEXT NOT NULL CHECK (target IN ('project', 'source', 'code', 'segment', 'journal')),
    target_id   INTEGER NOT NULL,
    title       TEXT,
    body        TEXT NOT NULL,
    author      TEXT,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX memos_target ON memos (target, target_id);

-- The operation log: one row per user action, with the row changes that invert it (JSON, see RowChange).
-- seq doubles as the change sequence number that derived data (the Lucene index) records.
CREATE TABLE oplog (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT    NOT NULL,
    who      TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    summary  TEXT    NOT NULL,
    changes  TEXT    NOT NULL,
    undo_of  INTEGER NOT NULL DEFAULT 0,
    undone   INTEGER NOT NULL DEFAULT 0
);
