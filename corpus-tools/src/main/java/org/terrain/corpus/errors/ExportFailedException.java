package org.terrain.corpus.errors;

/** An export could not write its file (disk full, permission denied…): the path and the system's reason. */
public class ExportFailedException extends TerrainException {
    public ExportFailedException(String path, String reason, Throwable cause) {
        super("export_failed", Category.ACTION_NEEDED, cause, path, reason);
    }
}
