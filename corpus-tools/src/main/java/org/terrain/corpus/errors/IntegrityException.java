package org.terrain.corpus.errors;

/** SQLite found damage in the project database; the message names the backup to restore. */
public class IntegrityException extends TerrainException {
    public IntegrityException(String project, String details, String backup) {
        super(backup == null ? "integrity_failed_no_backup" : "integrity_failed", Category.ACTION_NEEDED,
                project, details, backup == null ? "" : backup);
    }
}
