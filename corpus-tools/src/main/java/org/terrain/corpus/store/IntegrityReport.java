package org.terrain.corpus.store;

import java.util.List;

/**
 * What the integrity checks found: SQLite's {@code ok} or each problem, with the backup to restore; and, for
 * the full check, each imported original that is missing or no longer matches its SHA-256.
 *
 * @param ok        whether SQLite found the database whole
 * @param backup    when a check failed, the newest backup that passes its own check, or null when none does
 * @param originals the originals found missing or altered (the full check only; the quick one leaves it empty)
 */
public record IntegrityReport(boolean ok, boolean full, List<String> problems, String backup,
                              List<Original> originals) {
    /** An imported file in {@code originals/} that no longer proves what was imported. */
    public record Original(String source, String file, Problem problem) {
        public enum Problem { MISSING, ALTERED }
    }

    public IntegrityReport(boolean ok, boolean full, List<String> problems, String backup) {
        this(ok, full, problems, backup, List.of());
    }
}
