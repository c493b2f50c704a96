package org.terrain.corpus.errors;

public class UnknownSourceException extends TerrainException {
    public UnknownSourceException(String name) {
        super("unknown_source", Category.ACTION_NEEDED, name);
    }
}
