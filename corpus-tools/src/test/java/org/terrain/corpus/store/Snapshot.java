package org.terrain.corpus.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every user-data row of a project, to compare states before and after an undo. Not the coders: they name who
 * acted, like the log, and stay when an action is undone (see {@link Coders}).
 */
final class Snapshot {
    private Snapshot() {
    }

    static Map<String, List<Map<String, Object>>> of(ProjectStore store) throws SQLException {
        Map<String, List<Map<String, Object>>> out = new TreeMap<>();
        for (String table : Transaction.TABLES) {
            if (table.equals("coders")) {
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = rs.getObject(c);
                        row.put(meta.getColumnName(c), value instanceof Integer i ? Long.valueOf(i) : value);
                    }
                    rows.add(row);
                }
            }
            out.put(table, rows);
        }
        return out;
    }
}
