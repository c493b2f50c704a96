package org.terrain.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.terrain.corpus.pseudonym.PositionMap;
import org.terrain.corpus.pseudonym.PseudonymMatcher;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.pseudonym.Pseudonymised;

/**
 * The project as a pseudonymised export sees it: a copy of the database ({@code VACUUM INTO}) in which every text
 * a researcher or a participant wrote has gone through the pseudonym table — source texts, names and file names,
 * turns (speaker labels, and their positions), coded segments (their positions mapped onto the new text), case
 * names, attribute names and values, codes and their definitions, memos, the journal, sets, coders, the project's
 * name and the operation log — and from which the table itself, the language analysis and the named entities are
 * gone. Every export then runs unchanged on {@link #store()}, so none can forget a field. The content hashes stay
 * the originals' (a review package matches sources by them).
 *
 * <p>The copy lives in a hidden folder inside the project folder, so that the originals never leave it; it is
 * deleted by {@link #close}, whatever happened. The store it opens reports the real project's layout: an export
 * from it still refuses a path inside the real project.
 */
public final class PseudonymisedCopy implements AutoCloseable {
    private static final String FOLDER_PREFIX = ".pseudonymised-";
    /** Sources matched together: enough to keep the cores busy, few enough to hold their texts in memory. */
    private static final int GROUP = 64;

    private final Path folder;
    private final ProjectStore copy;

    private PseudonymisedCopy(Path folder, ProjectStore copy) {
        this.folder = folder;
        this.copy = copy;
    }

    /** The pseudonymised copy of {@code store}'s project; close it to delete it. */
    public static PseudonymisedCopy of(ProjectStore store, PseudonymTable table) {
        Path folder = null;
        try {
            removeLeftOvers(store.layout().root());
            folder = Files.createTempDirectory(store.layout().root(), FOLDER_PREFIX);
            Path database = folder.resolve("terrain.sqlite");
            try (Connection reader = Database.openReadOnly(store.layout().database());
                 Statement st = reader.createStatement()) {
                st.execute("VACUUM INTO '" + database.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            rewrite(database, table);
            return new PseudonymisedCopy(folder, ProjectStore.openCopy(database, store.layout(),
                    "pseudonymised export"));
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(folder);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e instanceof SQLException sql) {
                throw new StoreException(sql);
            }
            throw (RuntimeException) e;
        }
    }

    /** The copy, for reading: what the exports are given instead of the project. */
    public ProjectStore store() {
        return copy;
    }

    @Override
    public void close() {
        try {
            copy.close();
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void rewrite(Path database, PseudonymTable table) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF); // a scratch copy: nothing to recover after a crash
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.enforceForeignKeys(false);
        try (Connection c = config.createConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            c.setAutoCommit(false);
            new Rewrite(c, table).run();
            c.commit();
        }
    }

    /** One pass over the copy's tables. */
    private static final class Rewrite {
        private final Connection c;
        private final PseudonymTable table;
        private final Map<Long, String> caseOfSource = new HashMap<>();
        private final Map<Long, String> caseNames = new HashMap<>();
        private final Map<Long, PositionMap> positions = new HashMap<>();

        Rewrite(Connection c, PseudonymTable table) {
            this.c = c;
            this.table = table;
        }

        void run() throws SQLException {
            try (Statement st = c.createStatement()) {
                // the table stays out of every export; the analysis is of the real text, its entities real names
                for (String gone : List.of("pseudonyms", "pseudonyms_ignored", "entity_mentions", "annotations")) {
                    st.execute("DELETE FROM " + gone);
                }
                // code names are unique among siblings: a replacement may meet an existing name; exports need no index
                st.execute("DROP INDEX IF EXISTS codes_sibling_names");
            }
            readCases();
            sources();
            turns();
            segments();
            rows("speaker_roles", List.of("label"), "source_id", true);
            rows("source_attributes", List.of("value"), "source_id", false);
            caseRows();
            rows("case_attributes", List.of("value"), null, false);
            rows("attributes", List.of("name", "description"), null, false);
            rows("codes", List.of("name", "description", "inclusion", "exclusion", "example"), null, false);
            memos();
            rows("sets", List.of("name", "description"), null, true);
            rows("originals", List.of("file_name"), null, false);
            rows("coders", List.of("name"), null, true);
            rows("project", List.of("name"), null, false);
            oplog();
        }

        private void readCases() throws SQLException {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT s.id, c.id, c.name FROM sources s "
                         + "LEFT JOIN cases c ON c.id = s.case_id")) {
                while (rs.next()) {
                    caseOfSource.put(rs.getLong(1), rs.getString(3));
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM cases")) {
                while (rs.next()) {
                    caseNames.put(rs.getLong(1), rs.getString(2));
                }
            }
        }

        private PseudonymMatcher forSource(long sourceId) {
            return table.matcherFor(caseOfSource.get(sourceId));
        }

        /** The texts in groups, each group's texts matched in parallel (pure work), then written in order. */
        private void sources() throws SQLException {
            List<Long> ids = new ArrayList<>(caseOfSource.keySet());
            try (PreparedStatement read = c.prepareStatement("SELECT text, name, imported_from FROM sources WHERE id = ?");
                 PreparedStatement write = c.prepareStatement(
                         "UPDATE OR IGNORE sources SET text = ?, chars = ?, name = ?, imported_from = ? WHERE id = ?")) {
                for (int from = 0; from < ids.size(); from += GROUP) {
                    List<Long> group = ids.subList(from, Math.min(ids.size(), from + GROUP));
                    List<String[]> rows = new ArrayList<>();
                    for (long id : group) {
                        read.setLong(1, id);
                        try (ResultSet rs = read.executeQuery()) {
                            rs.next();
                            rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                        }
                    }
                    List<Pseudonymised> done = java.util.stream.IntStream.range(0, group.size()).parallel()
                            .mapToObj(i -> forSource(group.get(i)).apply(rows.get(i)[0])).toList();
                    for (int i = 0; i < group.size(); i++) {
                        long id = group.get(i);
                        PseudonymMatcher matcher = forSource(id);
                        Pseudonymised result = done.get(i);
                        positions.put(id, result.positions());
                        write.setString(1, result.text());
                        write.setInt(2, result.text().codePointCount(0, result.text().length()));
                        write.setString(3, matcher.replaceFileName(rows.get(i)[1]));
                        write.setString(4, matcher.replaceFileName(rows.get(i)[2]));
                        write.setLong(5, id);
                        write.executeUpdate();
                    }
                }
            }
        }

        private void turns() throws SQLException {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, source_id, speaker, label_start, label_end, speech_start, "
                         + "speech_end FROM turns");
                 PreparedStatement write = c.prepareStatement("UPDATE turns SET speaker = ?, label_start = ?, "
                         + "label_end = ?, speech_start = ?, speech_end = ? WHERE id = ?")) {
                while (rs.next()) {
                    long source = rs.getLong(2);
                    PositionMap map = positions.getOrDefault(source, PositionMap.identity());
                    write.setString(1, forSource(source).replace(rs.getString(3)));
                    write.setInt(2, map.start(rs.getInt(4)));
                    write.setInt(3, map.end(rs.getInt(5)));
                    write.setInt(4, map.start(rs.getInt(6)));
                    write.setInt(5, map.end(rs.getInt(7)));
                    write.setLong(6, rs.getLong(1));
                    write.addBatch();
                }
                write.executeBatch();
            }
        }

        private void segments() throws SQLException {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, source_id, start_cp, end_cp, memo FROM segments");
                 PreparedStatement write = c.prepareStatement(
                         // two passages that now cover the same words under one code are one
                         "UPDATE OR REPLACE segments SET start_cp = ?, end_cp = ?, memo = ? WHERE id = ?")) {
                while (rs.next()) {
                    long source = rs.getLong(2);
                    PositionMap map = positions.getOrDefault(source, PositionMap.identity());
                    write.setInt(1, map.start(rs.getInt(3)));
                    write.setInt(2, map.end(rs.getInt(4)));
                    write.setString(3, forSource(source).replace(rs.getString(5)));
                    write.setLong(4, rs.getLong(1));
                    write.addBatch();
                }
                write.executeBatch();
            }
        }

        private void caseRows() throws SQLException {
            for (Map.Entry<Long, String> entry : caseNames.entrySet()) {
                PseudonymMatcher matcher = table.matcherFor(entry.getValue());
                update("cases", entry.getKey(), List.of("name", "description"), matcher, true);
            }
        }

        /** The memos on a source or a segment take its case's entries; the others the project's. */
        private void memos() throws SQLException {
            Map<Long, Long> sourceOfSegment = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, source_id FROM segments")) {
                while (rs.next()) {
                    sourceOfSegment.put(rs.getLong(1), rs.getLong(2));
                }
            }
            List<long[]> memos = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, target, target_id FROM memos")) {
                while (rs.next()) {
                    memos.add(new long[] {rs.getLong(1), rs.getLong(3)});
                    targets.add(rs.getString(2));
                }
            }
            for (int i = 0; i < memos.size(); i++) {
                long targetId = memos.get(i)[1];
                Long source = switch (targets.get(i)) {
                    case "source" -> targetId;
                    case "segment" -> sourceOfSegment.get(targetId);
                    default -> null;
                };
                PseudonymMatcher matcher = source == null ? table.matcherFor(null) : forSource(source);
                update("memos", memos.get(i)[0], List.of("title", "body", "author"), matcher, false);
            }
        }

        /** The log's words: who, the summary, the message's arguments and the row changes (names, texts). */
        private void oplog() throws SQLException {
            rows("oplog", List.of("who", "summary", "message_args", "changes"), null, false, "seq");
        }

        private void rows(String name, List<String> columns, String sourceColumn, boolean unique) throws SQLException {
            rows(name, columns, sourceColumn, unique, "id");
        }

        /**
         * Every row's {@code columns} through the table: a source's case when {@code sourceColumn} names the row's
         * source, else the project's. A {@code unique} column that would meet another row's value stays as it was
         * (the leak check then says so) rather than failing the export.
         */
        private void rows(String name, List<String> columns, String sourceColumn, boolean unique, String key)
                throws SQLException {
            String set = String.join(", ", columns.stream().map(column -> column + " = ?").toList());
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + key + ", " + (sourceColumn == null ? "NULL" : sourceColumn)
                         + ", " + String.join(", ", columns) + " FROM " + name);
                 PreparedStatement write = c.prepareStatement("UPDATE " + (unique ? "OR IGNORE " : "") + name
                         + " SET " + set + " WHERE " + key + " = ?")) {
                while (rs.next()) {
                    long source = rs.getLong(2);
                    PseudonymMatcher matcher = rs.wasNull() ? table.matcherFor(null) : forSource(source);
                    boolean changed = false;
                    for (int i = 0; i < columns.size(); i++) {
                        String value = rs.getString(i + 3);
                        String replaced = matcher.replace(value);
                        changed |= !java.util.Objects.equals(value, replaced);
                        write.setString(i + 1, replaced);
                    }
                    if (changed) {
                        write.setLong(columns.size() + 1, rs.getLong(1));
                        write.addBatch();
                    }
                }
                write.executeBatch(); // after the last row is read: no row is read again once changed
            }
        }

        private void update(String name, long id, List<String> columns, PseudonymMatcher matcher, boolean unique)
                throws SQLException {
            update(name, id, columns, matcher, unique, "id");
        }

        private void update(String name, long id, List<String> columns, PseudonymMatcher matcher, boolean unique,
                            String key) throws SQLException {
            List<String> values = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + name
                    + " WHERE " + key + " = ?")) {
                read.setLong(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(rs.getString(i));
                    }
                }
            }
            List<String> replaced = values.stream().map(matcher::replace).toList();
            if (replaced.equals(values)) {
                return;
            }
            String set = String.join(", ", columns.stream().map(column -> column + " = ?").toList());
            try (PreparedStatement write = c.prepareStatement("UPDATE " + (unique ? "OR IGNORE " : "") + name
                    + " SET " + set + " WHERE " + key + " = ?")) {
                for (int i = 0; i < replaced.size(); i++) {
                    write.setString(i + 1, replaced.get(i));
                }
                write.setLong(replaced.size() + 1, id);
                write.executeUpdate();
            }
        }
    }

    /**
     * Copies a killed export left behind (a crash, a kill -9: {@link #close} never ran). Only those a day old:
     * an export running beside this one, from the app, uses its own.
     */
    private static void removeLeftOvers(Path root) throws IOException {
        java.nio.file.attribute.FileTime dayAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.filter(p -> p.getFileName().toString().startsWith(FOLDER_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(child).compareTo(dayAgo) < 0) {
                    deleteQuietly(child);
                }
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a scratch copy left behind is removed by an export a day later (removeLeftOvers)
        }
    }
}
