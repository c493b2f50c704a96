package org.terrain.corpus.errors;

/**
 * Two originals would share a replacement in one scope (exit 1): the export could no longer tell them apart,
 * and a reader could not either. Names both originals.
 */
public class PseudonymConflictException extends TerrainException {
    /** @param caseName the case the other original's entry is for, or null for the whole project */
    public PseudonymConflictException(String original, String replacement, String otherOriginal, String caseName) {
        super(caseName == null ? "pseudonym_shared_replacement" : "pseudonym_shared_replacement_in",
                Category.ACTION_NEEDED, original, replacement, otherOriginal, caseName == null ? "" : caseName);
    }
}
