-- Version 5: what a new user trips on when importing a folder.
--
-- The SHA-256 of each source's canonical text as imported: a Transcriber .trs and its .txt rendering are other
-- bytes but one interview, and importing both would double every count. An import skips a file whose text one
-- source already had. It is kept when the text is corrected later (the twin is still the same interview).
-- Sources of older versions get the hash of their text now (for a corrected one, of the corrected text):
-- terrain_text_sha256() is given to SQLite by the migration runner. An empty text (a REFI-QDA placeholder)
-- gets none: it is the twin of nothing.
ALTER TABLE sources ADD COLUMN imported_text_sha256 TEXT;
UPDATE sources SET imported_text_sha256 = terrain_text_sha256(text);
CREATE INDEX sources_imported_text ON sources (imported_text_sha256);

-- The user action a log entry belongs to when one action wrote several entries (a folder import stores each
-- file in its own entry, over several commits): the seq of the action's first entry, 0 for an entry alone.
-- Undo and redo take all the entries of a batch at once, and the log shows them as one line.
ALTER TABLE oplog ADD COLUMN batch INTEGER NOT NULL DEFAULT 0;
CREATE INDEX oplog_batch ON oplog (batch);
