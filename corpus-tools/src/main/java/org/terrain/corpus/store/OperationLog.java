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
import org.terrain.corpus.model.OperationMessage;

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
    /** The changes of an entry that changed nothing (an event, {@link ProjectStore#record}): never undone. */
    static final String NO_CHANGE = "[]";

    private OperationLog() {
    }

    /** The columns an {@link Operation} is read from ({@link #operation}), with the log's alias {@code o}. */
    static final String OPERATION_COLUMNS = "o.seq, o.at, ifnull(c.name, o.who), o.action, o.summary, o.undo_of, "
            + "o.undone, o.message_key, o.message_args, o.batch";
    /** The log with each entry's coder, whose name today is the one shown (a renamed coder is renamed here too). */
    static final String LOG_WITH_CODERS = " FROM oplog o LEFT JOIN coders c ON c.id = o.coder_id";

    /**
     * Appends an entry. {@code who} is the name the entry is written under, kept beside {@code coderId} (the
     * coders row, which names it from then on).
     *
     * @param batch the batch the entry joins; 0 for none
     */
    static long append(Connection c, String who, long coderId, String action, String summary,
                       OperationMessage message, List<RowChange> changes, long undoOf, long batch)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO oplog (at, who, coder_id, action, summary, "
                        + "message_key, message_args, changes, undo_of, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, Instant.now().toString());
            st.setString(2, who);
            st.setLong(3, coderId);
            st.setString(4, action);
            st.setString(5, summary);
            st.setString(6, message == null ? null : message.key());
            st.setString(7, message == null ? null : MessageArgs.encode(message.args()));
            st.setString(8, ChangeCodec.encode(changes));
            st.setLong(9, undoOf);
            st.setLong(10, batch);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The entry at the current row of a query on {@link #OPERATION_COLUMNS}, as the log lists it. */
    static Operation operation(ResultSet rs) throws SQLException {
        return operation(rs, 1);
    }

    /** The same, with {@code entries} as the caller counts it. */
    private static Operation operation(ResultSet rs, int entries) throws SQLException {
        String key = rs.getString(8);
        OperationMessage message = key == null ? null : new OperationMessage(key, MessageArgs.decode(rs.getString(9)));
        return new Operation(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getInt(7) != 0, message, rs.getLong(10), entries);
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
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + OPERATION_COLUMNS + LOG_WITH_CODERS + " ORDER BY o.seq DESC")) {
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
                try (PreparedStatement st = c.prepareStatement("SELECT " + OPERATION_COLUMNS + LOG_WITH_CODERS
                        + " WHERE o.batch = ? AND o.seq < ? ORDER BY o.seq DESC")) {
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
        return withBatch(c, first(c, "SELECT " + OPERATION_COLUMNS + LOG_WITH_CODERS
                + " WHERE o.undone = 0 AND o.action <> '" + UNDO + "' AND o.changes <> '" + NO_CHANGE
                + "' ORDER BY o.seq DESC LIMIT 1"), false);
    }

    /** The undo a redo would invert: the latest one not yet redone, unless a new action came after it. */
    static Optional<Operation> redoCandidate(Connection c) throws SQLException {
        Optional<Operation> undo = withBatch(c, first(c, "SELECT " + OPERATION_COLUMNS + LOG_WITH_CODERS
                + " WHERE o.undone = 0 AND o.action = '" + UNDO + "' ORDER BY o.seq DESC LIMIT 1"), true);
        if (undo.isEmpty()) {
            return undo;
        }
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM oplog WHERE seq > ? AND action NOT IN ('" + UNDO + "', '" + REDO + "') "
                        + "AND changes <> '" + NO_CHANGE + "'")) {
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
                op.undone(), op.message(), op.batch(), entries));
    }

    private static Optional<Operation> first(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(operation(rs, 1));
        }
    }

    /** The entry {@code seq}, as the log lists it. */
    static Operation entry(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + OPERATION_COLUMNS + LOG_WITH_CODERS + " WHERE o.seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no operation " + seq);
                }
                return operation(rs);
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
     * that is still in force), rather than silently overwriting later work. Rows of {@code coders} made by an
     * entry are left: they name who acted, and later entries may name them (entries written before identities,
     * and a REFI-QDA import, made them as changes of their own; undoing one must not take its coder from under
     * the log). A coder's renaming ({@code coders rename}) is undone like any change.
     */
    static void invert(Transaction tx, List<RowChange> changes, long seq) throws SQLException {
        for (RowChange change : changes.reversed()) {
            if (change.table().equals("coders") && !(change instanceof RowChange.Updated)) {
                continue;
            }
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
