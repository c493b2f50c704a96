package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The only way to change user data: every insert, update and delete goes through here and is recorded as a
 * {@link RowChange}, so the operation that commits it can be inverted exactly. Table and column names come
 * from our code, never from the user; they are still checked against the schema's tables.
 */
public final class Transaction {
    static final Set<String> TABLES = Set.of("coders", "cases", "originals", "sources", "turns", "speaker_roles",
            "attributes", "source_attributes", "case_attributes", "codes", "segments", "memos", "sets", "set_members",
            "review_items", "pseudonyms", "pseudonyms_ignored");

    /** Finds (or makes) the coders row of whoever makes the change. */
    @FunctionalInterface
    interface CoderRow {
        long id() throws SQLException;
    }

    private final Connection connection;
    private final CoderRow coder;
    private Long coderId;
    private final List<RowChange> changes = new ArrayList<>();

    Transaction(Connection connection, CoderRow coder) {
        this.connection = connection;
        this.coder = coder;
    }

    /**
     * The coders row of whoever makes this change: what the log entry, and a coding or a memo it writes, are
     * attributed to. Looked up when first asked, so that work which changes nothing makes no row.
     */
    long coderId() throws SQLException {
        if (coderId == null) {
            coderId = coder.id();
        }
        return coderId;
    }

    Connection connection() {
        return connection;
    }

    List<RowChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** Inserts a row (with or without an explicit id) and returns its id. */
    public long insert(String table, Map<String, Object> values) throws SQLException {
        checkTable(table);
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long id;
        try (PreparedStatement st = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(st, columns.stream().map(values::get).toList());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        changes.add(new RowChange.Inserted(table, id));
        return id;
    }

    /** Sets the given columns of one row; columns whose value does not change are not recorded. */
    public void update(String table, long id, Map<String, Object> newValues) throws SQLException {
        checkTable(table);
        Map<String, Object> current = row(table, id);
        if (current == null) {
            throw new SQLException("no row " + id + " in " + table);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        newValues.forEach((column, value) -> {
            if (!current.containsKey(column)) {
                throw new IllegalArgumentException("no column " + column + " in " + table);
            }
            if (!sameValue(current.get(column), value)) {
                before.put(column, current.get(column));
                after.put(column, value);
            }
        });
        if (after.isEmpty()) {
            return;
        }
        writeColumns(table, id, after);
        changes.add(new RowChange.Updated(table, id, before, after));
    }

    public void delete(String table, long id) throws SQLException {
        checkTable(table);
        Map<String, Object> row = row(table, id);
        if (row == null) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        changes.add(new RowChange.Deleted(table, id, row));
    }

    /** The whole row as column name to value, or null. */
    Map<String, Object> row(String table, long id) throws SQLException {
        checkTable(table);
        try (PreparedStatement st = connection.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.put(meta.getColumnName(c), rs.getObject(c));
                }
                return row;
            }
        }
    }

    void writeColumns(String table, long id, Map<String, Object> values) throws SQLException {
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "UPDATE " + table + " SET " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                + " WHERE id = ?";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            List<Object> args = new ArrayList<>(columns.stream().map(values::get).toList());
            args.add(id);
            bind(st, args);
            st.executeUpdate();
        }
    }

    /** SQLite hands back Integer or Long for the same column depending on size; compare numbers by value. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (isIntegral(x) && isIntegral(y)) {
                return x.longValue() == y.longValue();
            }
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Boolean flag) {
            return sameValue(flag ? 1 : 0, b);
        }
        if (b instanceof Boolean flag) {
            return sameValue(a, flag ? 1 : 0);
        }
        return Objects.equals(a, b);
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    /**
     * Binds values, every string in NFC: names and texts are stored composed, and looked up composed, whatever
     * the keyboard or the exporting tool wrote (ATLAS.ti on macOS writes « Mabêl » decomposed).
     */
    static void bind(PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object value = args.get(i);
            if (value instanceof String text && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                value = Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            st.setObject(i + 1, value);
        }
    }

    private static void checkTable(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a user-data table: " + table);
        }
    }
}
