-- Version 9: the review layer. A supervisor's verdicts on coded excerpts, brought in from a review package
-- (.terrain-review): never a change of coding by itself, only items the researcher accepts or rejects.
--
-- One row per verdict of a package's excerpt (or comment on a code): (package_id, excerpt_key) is unique, so
-- merging the same package twice changes nothing, and two reviewers' packages sit side by side. segment_id is
-- where the excerpt was matched (no foreign key: accepting a contest removes the segment, the item stays as the
-- trace of why); start_cp/end_cp are the excerpt's place in the source's text when it was matched.
CREATE TABLE review_items (
    id            INTEGER PRIMARY KEY,
    guid          TEXT    NOT NULL UNIQUE,
    package_id    TEXT    NOT NULL,
    excerpt_key   TEXT    NOT NULL,
    segment_id    INTEGER,
    source_id     INTEGER,
    code_path     TEXT    NOT NULL,
    start_cp      INTEGER,
    end_cp        INTEGER,
    text          TEXT,
    verdict       TEXT    NOT NULL CHECK (verdict IN ('approve', 'contest', 'recode', 'comment')),
    proposed_code TEXT,
    comment       TEXT,
    reviewer_id   TEXT,
    reviewer      TEXT    NOT NULL,
    reviewed_at   TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
    reply         TEXT,
    resolved_at   TEXT,
    UNIQUE (package_id, excerpt_key)
);
CREATE INDEX review_items_segment ON review_items (segment_id);
CREATE INDEX review_items_status ON review_items (status);
