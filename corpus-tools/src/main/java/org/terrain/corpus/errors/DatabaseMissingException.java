package org.terrain.corpus.errors;

import java.nio.file.Path;

/**
 * The project folder has backups but no {@code terrain.sqlite} (deleted, or lost in a copy): the message names
 * the newest backup that passes its check and the command that restores it.
 */
public class DatabaseMissingException extends TerrainException {
    /** @param backup the newest good backup's file, or null when none of the backups passes its check */
    public DatabaseMissingException(String project, Path backup) {
        super(backup == null ? "database_missing_no_backup" : "database_missing", Category.ACTION_NEEDED, project,
                backup == null ? "" : backup.getFileName().toString());
    }
}
