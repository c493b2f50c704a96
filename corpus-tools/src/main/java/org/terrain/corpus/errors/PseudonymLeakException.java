package org.terrain.corpus.errors;

/** A pseudonymised export still held originals: it was deleted (exit 1); the leaks are listed. */
public class PseudonymLeakException extends TerrainException {
    public PseudonymLeakException(String file, String leaks) {
        super("pseudonym_leak", Category.ACTION_NEEDED, file, leaks);
    }
}
