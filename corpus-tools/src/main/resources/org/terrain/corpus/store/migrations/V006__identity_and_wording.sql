-- Version 6: one identity for whoever changes the project, and the operation log in the user's language.
--
-- The coders table holds every identity (the researcher, a second coder): the log entry, a memo and a coding
-- refer to the same row, so renaming it (the app's preferences) renames it everywhere. The who column keeps
-- the name the entry was written under, and names the author of entries older than this version. No foreign
-- key on the log: an entry is never deleted, whatever becomes of the rows it speaks of.
ALTER TABLE oplog ADD COLUMN coder_id INTEGER;
ALTER TABLE memos ADD COLUMN coder_id INTEGER REFERENCES coders (id);

-- What the entry did, as a message key of the user-facing bundles (op.codes.add…) and its arguments (a JSON
-- array of strings and numbers): the app and the command line word it in French or English. The summary stays
-- the English sentence it always was; entries older than this version have only that, and show it.
ALTER TABLE oplog ADD COLUMN message_key TEXT;
ALTER TABLE oplog ADD COLUMN message_args TEXT;
