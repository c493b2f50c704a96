package org.terrain.corpus.errors;

public class NoMatchException extends TerrainException {
    public NoMatchException(String source, String text) {
        super("no_match", Category.ACTION_NEEDED, source, text);
    }
}
