package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrain.corpus.errors.NothingToUndoException;
import org.terrain.corpus.model.Operation;

/**
 * The operation log: one entry per user action, written in the same transaction as the action, with the row
 * changes that invert it. It is the audit trail a methods chapter cites and the truth behind undo/redo.
 *
 * <p>Undo and redo are themselves entries: undoing entry N applies the inverse of its changes as a new entry
 * {@code undo} with {@code undo_of = N} and marks N undone; redo undoes the latest undo. A new action after an
 * undo ends the redo chain, as in every editor.
 */
final class OperationLog {
    static final String UNDO = "undo";
    static final String REDO = "redo";

    private OperationLog() {
    }

    static long append(Connection c, String who, String action, String summary, List<RowChange> changes,
                       long undoOf) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO oplog (at, who, action, summary, changes, undo_of) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, Instant.now().toString());
            st.setString(2, who);
            st.setString(3, action);
            st.setString(4, summary);
            st.setString(5, ChangeCodec.encode(changes));
            st.setLong(6, undoOf);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The latest change sequence number, 0 for a new project: derived data records it to detect staleness. */
    static long lastSeq(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ifnull(max(seq), 0) FROM oplog")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Operation> list(Connection c, int limit) throws SQLException {
        List<Operation> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT seq, at, who, action, summary, undo_of, undone FROM oplog ORDER BY seq DESC LIMIT ?")) {
            st.setInt(1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Operation(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getInt(7) != 0));
                }
            }
        }
        return out.reversed();
    }

    /** The entry an undo would invert: the latest action (or redo) not yet undone. */
    static Optional<Operation> undoCandidate(Connection c) throws SQLException {
        return first(c, "SELECT seq, at, who, action, summary, undo_of, undone FROM oplog "
                + "WHERE undone = 0 AND action <> '" + UNDO + "' ORDER BY seq DESC LIMIT 1");
    }

    /** The undo a redo would invert: the latest one not yet redone, unless a new action came after it. */
    static Optional<Operation> redoCandidate(Connection c) throws SQLException {
        Optional<Operation> undo = first(c, "SELECT seq, at, who, action, summary, undo_of, undone FROM oplog "
                + "WHERE undone = 0 AND action = '" + UNDO + "' ORDER BY seq DESC LIMIT 1");
        if (undo.isEmpty()) {
            return undo;
        }
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM oplog WHERE seq > ? AND action NOT IN ('" + UNDO + "', '" + REDO + "')")) {
            st.setLong(1, undo.get().seq());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0 ? undo : Optional.empty();
            }
        }
    }

    private static Optional<Operation> first(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Operation(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getLong(6), rs.getInt(7) != 0));
        }
    }

    static List<RowChange> changesOf(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT changes FROM oplog WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no operation " + seq);
                }
                return ChangeCodec.decode(rs.getString(1));
            }
        }
    }

    static void markUndone(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE oplog SET undone = 1 WHERE seq = ?")) {
            st.setLong(1, seq);
            st.executeUpdate();
        }
    }

    /**
     * Applies the inverse of {@code changes}, last first, through {@code tx} so that the inversion is itself
     * recorded. Refuses when the data moved on since (a row the entry wrote was changed later by an entry
     * that is still in force), rather than silently overwriting later work.
     */
    static void invert(Transaction tx, List<RowChange> changes, long seq) throws SQLException {
        for (RowChange change : changes.reversed()) {
            Map<String, Object> current = tx.row(change.table(), change.id());
            switch (change) {
                case RowChange.Inserted inserted -> {
                    if (current == null) {
                        throw conflict(seq);
                    }
                    tx.delete(change.table(), change.id());
                }
                case RowChange.Updated updated -> {
                    if (current == null || !updated.after().entrySet().stream()
                            .allMatch(e -> Transaction.sameValue(current.get(e.getKey()), e.getValue()))) {
                        throw conflict(seq);
                    }
                    tx.update(change.table(), change.id(), updated.before());
                }
                case RowChange.Deleted deleted -> {
                    if (current != null) {
                        throw conflict(seq);
                    }
                    tx.insert(change.table(), deleted.row());
                }
            }
        }
    }

    private static NothingToUndoException conflict(long seq) {
        return new NothingToUndoException("undo_conflict", seq);
    }
}
