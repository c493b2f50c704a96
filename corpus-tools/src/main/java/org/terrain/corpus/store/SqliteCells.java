package org.terrain.corpus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Every cell of a SQLite file (a {@code .terrain-review} package), read-only, for the leak check: what a reader
 * who opens the file with any SQLite tool would see. Text cells come as text, blobs as bytes (they may be
 * archives), with their table and column names; the names of tables and columns are cells too.
 */
public final class SqliteCells {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** One cell: where it is ({@code table.column}, or {@code sqlite_master} for the schema) and its value. */
    public interface Visitor {
        void text(String where, String text);

        void bytes(String where, byte[] bytes);
    }

    static {
        SqliteLibrary.useCachedCopy();
    }

    private SqliteCells() {
    }

    /** Whether these first bytes are a SQLite file's header. */
    public static boolean isSqlite(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Whether this file is a SQLite database, by its header. */
    public static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isSqlite(in.readNBytes(MAGIC.length));
        } catch (IOException e) {
            return false;
        }
    }

    /** Hands every cell of every table to the visitor; the file is opened read-only and left as it was. */
    public static void read(Path file, Visitor visitor) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master")) {
                while (rs.next()) {
                    visitor.text("sqlite_master", rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            String where = table + "." + rs.getMetaData().getColumnName(i);
                            if (value instanceof String s) {
                                visitor.text(where, s);
                            } else if (value instanceof byte[] b) {
                                visitor.bytes(where, b);
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("not a readable SQLite file: " + e.getMessage(), e);
        }
    }
}
