-- Version 2: a code carries what makes it usable by several coders, beside its description (the definition):
-- when to use it, when not to, and an example quotation (from the codebook it was installed from).
ALTER TABLE codes ADD COLUMN inclusion TEXT;
ALTER TABLE codes ADD COLUMN exclusion TEXT;
ALTER TABLE codes ADD COLUMN example TEXT;
