package org.terrain.corpus.errors;

/** A value the command cannot take (exit 2): a bad kind, a malformed range, a project folder in the way. */
public class UsageException extends TerrainException {
    public UsageException(String code, Object... args) {
        super(code, Category.USAGE, args);
    }
}
