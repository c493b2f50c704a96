package org.terrain.corpus.errors;

public class UnknownSetException extends TerrainException {
    public UnknownSetException(String name) {
        super("unknown_set", Category.ACTION_NEEDED, name);
    }
}
