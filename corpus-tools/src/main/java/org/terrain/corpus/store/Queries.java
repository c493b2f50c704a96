package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small query helpers shared by the stores. */
final class Queries {
    private Queries() {
    }

    static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        return column(c, sql, rs -> rs.getLong(1), args);
    }

    static List<String> strings(Connection c, String sql, Object... args) throws SQLException {
        return column(c, sql, rs -> rs.getString(1), args);
    }

    /** Reads one value from each row. */
    private interface Cell<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> column(Connection c, String sql, Cell<T> cell, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            ProjectStore.bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(cell.read(rs));
                }
            }
        }
        return out;
    }
}
