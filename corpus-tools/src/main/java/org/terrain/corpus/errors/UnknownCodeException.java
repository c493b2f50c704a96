package org.terrain.corpus.errors;

public class UnknownCodeException extends TerrainException {
    public UnknownCodeException(String path) {
        super("unknown_code", Category.ACTION_NEEDED, path);
    }
}
