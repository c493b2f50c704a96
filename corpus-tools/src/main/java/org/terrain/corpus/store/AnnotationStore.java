package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Word;

/**
 * The language analysis of each source, tied to the text version it was made from. Derived data: it is
 * written outside the operation log (undo never restores it; a source whose text changed is simply annotated
 * again), each source in its own transaction, so that a crash or a cancel keeps every source finished before.
 * An annotation of an older text version is never read back.
 */
public final class AnnotationStore {
    private final ProjectStore store;

    AnnotationStore(ProjectStore store) {
        this.store = store;
    }

    /** What a source's annotation was made from. */
    public record Stamp(long sourceId, int textVersion, String annotators, String pipeline, String annotatedAt) {
    }

    /** One entity of the project (or of one source): how often it is mentioned, and where. */
    public record EntitySummary(String text, String type, int count, List<String> sources) {
    }

    /** Whether any source has an analysis of its present text: one row read, not all of them. */
    public boolean anyCurrent() {
        synchronized (store) {
            try (Statement st = c().createStatement();
                 ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM annotations a JOIN sources s "
                         + "ON s.id = a.source_id AND s.text_version = a.text_version)")) {
                return rs.next() && rs.getInt(1) == 1;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** The annotations that still match their source's text. */
    public Map<Long, Stamp> current() {
        synchronized (store) {
            Map<Long, Stamp> out = new LinkedHashMap<>();
            try (Statement st = c().createStatement();
                 ResultSet rs = st.executeQuery("SELECT a.source_id, a.text_version, a.annotators, a.pipeline, "
                         + "a.annotated_at FROM annotations a JOIN sources s ON s.id = a.source_id "
                         + "AND s.text_version = a.text_version ORDER BY a.source_id")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Stamp(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /**
     * Stores a source's annotation, replacing any older one, unless the source's text changed (or the source
     * went) while it was being annotated: then nothing is written and false is returned.
     */
    public boolean save(long sourceId, int textVersion, String annotators, String pipeline, List<Word> words,
                        List<EntityMention> mentions) {
        store.requireWritable();
        byte[] blob = WordCodec.encode(words);
        synchronized (store) {
            Connection c = c();
            try {
                c.setAutoCommit(false);
                try {
                    if (!isCurrent(c, sourceId, textVersion)) {
                        c.rollback();
                        return false;
                    }
                    delete(c, "DELETE FROM annotations WHERE source_id = ?", sourceId);
                    delete(c, "DELETE FROM entity_mentions WHERE source_id = ?", sourceId);
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO annotations (source_id, text_version,"
                            + " annotators, pipeline, tokens, data, annotated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ProjectStore.bind(st, sourceId, textVersion, annotators, pipeline, words.size(), blob,
                                Instant.now().toString());
                        st.executeUpdate();
                    }
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO entity_mentions (source_id, start_cp,"
                            + " end_cp, type, text) VALUES (?, ?, ?, ?, ?)")) {
                        for (EntityMention m : mentions) {
                            ProjectStore.bind(st, sourceId, m.start(), m.end(), m.type(), m.text());
                            st.addBatch();
                        }
                        st.executeBatch();
                    }
                    c.commit();
                    return true;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** The words of a source's current annotation; empty when it has none for its present text. */
    public Optional<List<Word>> words(long sourceId) {
        byte[] blob;
        synchronized (store) {
            try (PreparedStatement st = c().prepareStatement("SELECT a.data FROM annotations a JOIN sources s "
                    + "ON s.id = a.source_id AND s.text_version = a.text_version WHERE a.source_id = ?")) {
                ProjectStore.bind(st, sourceId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    blob = rs.getBytes(1);
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        return Optional.of(WordCodec.decode(blob)); // decoded outside the lock: other threads may read meanwhile
    }

    /** The entity mentions of a source's current annotation, in text order. */
    public List<EntityMention> mentions(long sourceId) {
        synchronized (store) {
            List<EntityMention> out = new ArrayList<>();
            try (PreparedStatement st = c().prepareStatement("SELECT m.start_cp, m.end_cp, m.type, m.text "
                    + "FROM entity_mentions m JOIN annotations a ON a.source_id = m.source_id "
                    + "JOIN sources s ON s.id = a.source_id AND s.text_version = a.text_version "
                    + "WHERE m.source_id = ? ORDER BY m.start_cp")) {
                ProjectStore.bind(st, sourceId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EntityMention(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /**
     * Entities by text and type, most mentioned first, over the project or one source (null: all), of one
     * type (null: all). Only annotations of the current texts count.
     */
    public List<EntitySummary> entities(String sourceName, String type) {
        /** One entity's mentions counted over its sources, while the rows (one per entity and source) come. */
        final class Tally {
            int count;
            final TreeSet<String> sources = new TreeSet<>();
        }
        synchronized (store) {
            Map<List<String>, Tally> byEntity = new LinkedHashMap<>();
            try (PreparedStatement st = c().prepareStatement("SELECT m.text, m.type, s.name, count(*) "
                    + "FROM entity_mentions m JOIN annotations a ON a.source_id = m.source_id "
                    + "JOIN sources s ON s.id = a.source_id AND s.text_version = a.text_version "
                    + "WHERE (? IS NULL OR s.name = ?) AND (? IS NULL OR m.type = ?) "
                    + "GROUP BY m.text, m.type, s.name")) {
                ProjectStore.bind(st, sourceName, sourceName, type, type);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Tally tally = byEntity.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)),
                                k -> new Tally());
                        tally.count += rs.getInt(4);
                        tally.sources.add(rs.getString(3));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return byEntity.entrySet().stream()
                    .map(e -> new EntitySummary(e.getKey().get(0), e.getKey().get(1), e.getValue().count,
                            List.copyOf(e.getValue().sources)))
                    .sorted(java.util.Comparator.comparingInt(EntitySummary::count).reversed()
                            .thenComparing(EntitySummary::type).thenComparing(EntitySummary::text))
                    .toList();
        }
    }

    /**
     * A short fingerprint of every annotation: derived data built on annotations (the lemmas of the search
     * index) records it and rebuilds what changed when it differs.
     */
    public String fingerprint() {
        synchronized (store) {
            try (Statement st = c().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), ifnull(max(annotated_at), ''), ifnull(sum(tokens), 0)"
                         + " FROM annotations")) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getLong(3);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static boolean isCurrent(Connection c, long sourceId, int textVersion) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sources WHERE id = ? AND text_version = ?")) {
            ProjectStore.bind(st, sourceId, textVersion);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void delete(Connection c, String sql, long sourceId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            ProjectStore.bind(st, sourceId);
            st.executeUpdate();
        }
    }

    private Connection c() {
        return store.connection();
    }
}
