package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's {@code quick_check} (fast: done at every open) or full {@code integrity_check} with the foreign-key
 * check (on demand, and in the app's background), reported, when it fails, with the newest backup that passes
 * its own check.
 */
final class IntegrityCheck {
    private IntegrityCheck() {
    }

    static IntegrityReport run(Connection connection, boolean full, Backups backups) {
        return run(connection, full, backups, null);
    }

    /** The same, and with {@code full} each original of {@code layout} against its SHA-256. */
    static IntegrityReport run(Connection connection, boolean full, Backups backups, ProjectLayout layout) {
        List<String> problems = new ArrayList<>();
        List<IntegrityReport.Original> originals = List.of();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            if (full) {
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " -> "
                                + rs.getString(3));
                    }
                }
                if (layout != null && problems.isEmpty()) {
                    originals = OriginalsCheck.run(connection, layout);
                }
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        // Checking backups reads them whole: only worth it when one must be named.
        String backup = problems.isEmpty() ? null
                : backups.newestGood().map(b -> b.file().toString()).orElse(null);
        return new IntegrityReport(problems.isEmpty(), full, problems, backup, originals);
    }
}
