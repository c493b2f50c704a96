package org.terrain.corpus.errors;

/** The folder given as PROJECT holds no Terrain project. */
public class NotAProjectException extends TerrainException {
    public NotAProjectException(String path) {
        super("not_a_project", Category.ACTION_NEEDED, path);
    }
}
