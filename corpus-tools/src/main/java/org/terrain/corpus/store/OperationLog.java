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
 *
 * <p>One user action may write several entries (a folder import, one entry per file, over several commits): they
 * share a {@code batch}, the seq of the first, and undo and redo take the whole batch at once, each entry
 * inverted by an entry of its own (so {@code undo_of} still names one entry), the inverses forming a batch too.
 */
final class OperationLog {
    static final String UNDO = "undo";
    static final String REDO = "redo";

    private OperationLog() {
    }

    private static final String COLUMNS = "seq, at, who, action, summary, undo_of, undone, batch";

    static long append(Connection c, String who, String action, String summary, List<RowChange> changes,
                       long undoOf) throws SQLException {
        return append(c, who, action, summary, changes, undoOf, 0);
    }

    /** @param batch the batch the entry joins; 0 for none */
    static long append(Connection c, String who, String action, String summary, List<RowChange> changes,
                       long undoOf, long batch) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO oplog (at, who, action, summary, changes, undo_of, batch) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, Instant.now().toString());
            st.setString(2, who);
            st.setString(3, action);
            st.setString(4, summary);
            st.setString(5, ChangeCodec.encode(changes));
            st.setLong(6, undoOf);
            st.setLong(7, batch);
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

    /** Makes {@code seq} the first entry of a batch of its own: the batch is known by its first entry. */
    static void startBatch(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE oplog SET batch = seq WHERE seq = ?")) {
            st.setLong(1, seq);
            st.executeUpdate();
        }
    }

    /**
     * The entries of the latest {@code limit} user actions, oldest first: an action that wrote several entries
     * (a batch) counts once, and comes with all its entries, even those written before an action between them.
     */
    static List<Operation> list(Connection c, int limit) throws SQLException {
        List<Operation> out = new ArrayList<>();
        java.util.Set<Long> actions = new java.util.HashSet<>();
        java.util.Set<Long> batches = new java.util.HashSet<>();
        long oldest = Long.MAX_VALUE;
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM oplog ORDER BY seq DESC")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Operation op = operation(rs, 1);
                    long action = op.batch() != 0 ? op.batch() : op.seq();
                    if (!actions.contains(action) && actions.size() >= limit) {
                        break;
                    }
                    actions.add(action);
                    if (op.batch() != 0) {
                        batches.add(op.batch());
                    }
                    out.add(op);
                    oldest = op.seq();
                }
            }
        }
        for (long batch : batches) {
            if (batch < oldest) { // entries of that action older than the last one read
                try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM oplog "
                        + "WHERE batch = ? AND seq < ? ORDER BY seq DESC")) {
                    st.setLong(1, batch);
                    st.setLong(2, oldest);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(operation(rs, 1));
                        }
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(Operation::seq));
        return out;
    }

    /**
     * What an undo would invert: the latest action (or redo) not yet undone; for a batch its latest entry, with
     * the count of the batch's entries an undo takes.
     */
    static Optional<Operation> undoCandidate(Connection c) throws SQLException {
        return withBatch(c, first(c, "SELECT " + COLUMNS + " FROM oplog "
                + "WHERE undone = 0 AND action <> '" + UNDO + "' ORDER BY seq DESC LIMIT 1"), false);
    }

    /** The undo a redo would invert: the latest one not yet redone, unless a new action came after it. */
    static Optional<Operation> redoCandidate(Connection c) throws SQLException {
        Optional<Operation> undo = withBatch(c, first(c, "SELECT " + COLUMNS + " FROM oplog "
                + "WHERE undone = 0 AND action = '" + UNDO + "' ORDER BY seq DESC LIMIT 1"), true);
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

    /**
     * The entries of {@code batch} an undo takes back (its entries not undone, undos excepted) or, with
     * {@code undos}, those a redo takes back (its undos not redone); newest first, the order of inversion.
     */
    static List<Long> batchEntries(Connection c, long batch, boolean undos) throws SQLException {
        return Queries.ids(c, "SELECT seq FROM oplog WHERE batch = ? AND undone = 0 AND action "
                + (undos ? "=" : "<>") + " ? ORDER BY seq DESC", batch, UNDO);
    }

    private static Optional<Operation> withBatch(Connection c, Optional<Operation> latest, boolean undos)
            throws SQLException {
        if (latest.isEmpty() || latest.get().batch() == 0) {
            return latest;
        }
        Operation op = latest.get();
        int entries = batchEntries(c, op.batch(), undos).size();
        return Optional.of(new Operation(op.seq(), op.at(), op.who(), op.action(), op.summary(), op.undoOf(),
                op.undone(), op.batch(), entries));
    }

    private static Optional<Operation> first(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(operation(rs, 1));
        }
    }

    /** One entry from the columns {@link #COLUMNS}; {@code entries} as the caller counts it. */
    private static Operation operation(ResultSet rs, int entries) throws SQLException {
        return new Operation(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getInt(7) != 0, rs.getLong(8), entries);
    }

    static String summaryOf(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT summary FROM oplog WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no operation " + seq);
                }
                return rs.getString(1);
            }
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
