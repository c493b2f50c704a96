-- Version 7: the pseudonym table. Originals are never changed: every export replaces each original by its
-- replacement (see the pseudonym package). An entry is for the whole project (case_id null) or for the sources
-- of one case (two people may share a first name). One replacement per original and scope: the original is
-- compared folded (case, accents, apostrophes, as NameFold folds it), so « Hélène » and « HELENE » are one.
-- User data: every change goes through the operation log.
CREATE TABLE pseudonyms (
    id          INTEGER PRIMARY KEY,
    original    TEXT NOT NULL,
    folded      TEXT NOT NULL,
    replacement TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('person', 'place', 'organisation', 'other')),
    case_id     INTEGER REFERENCES cases (id),
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX pseudonyms_scope_original ON pseudonyms (ifnull(case_id, 0), folded);

-- Originals the researcher chose to ignore among the suggestions (not a name, or nothing to hide): the
-- suggestions leave them out. One row per folded original.
CREATE TABLE pseudonyms_ignored (
    id       INTEGER PRIMARY KEY,
    original TEXT NOT NULL,
    folded   TEXT NOT NULL UNIQUE
);
