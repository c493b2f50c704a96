package org.terrain.corpus.errors;

/** No entry of the pseudonym table for this original in this scope (exit 1). */
public class UnknownPseudonymException extends TerrainException {
    /** @param caseName the case of the entry looked for, or null for the whole project */
    public UnknownPseudonymException(String original, String caseName) {
        super(caseName == null ? "unknown_pseudonym" : "unknown_pseudonym_in", Category.ACTION_NEEDED, original,
                caseName == null ? "" : caseName);
    }
}
