package org.terrain.corpus.errors;

import java.nio.file.Path;

/**
 * The project database cannot be used as it is: SQLite found damage in it, or it is empty. The message is one
 * sentence naming the newest backup that passes its check and the command that restores it; SQLite's own
 * report (dozens of lines for a few bad pages) is the {@code details} argument, for the log, never shown.
 */
public class IntegrityException extends TerrainException {
    /** @param backup the newest backup that passes its check (its file name or path), or null when none does */
    public IntegrityException(String project, String details, String backup) {
        this(backup == null ? "integrity_failed_no_backup" : "integrity_failed", project, details, backup);
    }

    private IntegrityException(String code, String project, String details, String backup) {
        super(code, Category.ACTION_NEEDED, project, details, backup == null ? "" : fileName(backup));
    }

    /** {@code terrain.sqlite} holds no Terrain table: a file of 0 bytes, or one a crash left with no table. */
    public static IntegrityException empty(String project, String backup) {
        return new IntegrityException(backup == null ? "database_empty_no_backup" : "database_empty", project,
                "no table in terrain.sqlite", backup);
    }

    /** The backup's file name: what {@code terrain restore} takes, shorter than its path. */
    private static String fileName(String backup) {
        Path name = Path.of(backup).getFileName();
        return name == null ? backup : name.toString();
    }
}
