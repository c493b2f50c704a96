-- Version 8: the licence of each source, and of each case for the sources it holds (a source's own wins).
--
-- Stored as the stable id of org.terrain.corpus.model.Licence (cc-by-nc-sa, licence-ouverte, none, unknown…), and NULL
-- means none recorded: the researcher's own material, published under the licence chosen for an export.
ALTER TABLE sources ADD COLUMN licence TEXT;
ALTER TABLE cases ADD COLUMN licence TEXT;
