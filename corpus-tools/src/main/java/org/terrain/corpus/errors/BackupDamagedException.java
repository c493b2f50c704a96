package org.terrain.corpus.errors;

/** A backup asked for fails SQLite's check (cut short, scribbled over): restoring it would lose the project. */
public class BackupDamagedException extends TerrainException {
    public BackupDamagedException(String project, String backup) {
        super("backup_damaged", Category.ACTION_NEEDED, backup, project);
    }
}
