package org.terrain.corpus.store;

import java.util.List;

/**
 * What SQLite's integrity checks found: {@code ok} or each problem, with the newest backup to restore.
 *
 * @param backup the newest backup file, or null when there is none
 */
public record IntegrityReport(boolean ok, boolean full, List<String> problems, String backup) {
}
