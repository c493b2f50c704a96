package org.terrain.corpus.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a database file can be trusted, without changing it: SQLite's {@code quick_check} on a read-only
 * connection of its own, and Terrain's tables present (an empty file passes SQLite's check: it is a valid,
 * empty database, and no project).
 */
final class DatabaseCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheck.class);

    private DatabaseCheck() {
    }

    /** Whether {@code file} is a whole Terrain database; a truncated or scribbled-over copy is not. */
    static boolean passes(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection reader = Database.openReadOnly(file)) {
            return quickCheckPasses(reader) && hasTerrainTables(reader);
        } catch (SQLException e) {
            LOG.info("{} fails its check: {}", file, e.getMessage());
            return false;
        }
    }

    static boolean quickCheckPasses(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equals(rs.getString(1)) && !rs.next();
        }
    }

    /** The operation log is in every Terrain database since the first schema; a file without it is none. */
    static boolean hasTerrainTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('project', 'oplog')")) {
            return rs.next() && rs.getInt(1) == 2;
        }
    }
}
