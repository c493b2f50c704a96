package org.terrain.corpus.errors;

/** One file could not be imported; the batch goes on. The code names the reason (empty, undecodable…). */
public class ImportException extends TerrainException {
    public ImportException(String code, Object... args) {
        super(code, Category.ACTION_NEEDED, args);
    }

    public ImportException(String code, Throwable cause, Object... args) {
        super(code, Category.ACTION_NEEDED, cause, args);
    }
}
