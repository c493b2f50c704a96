package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.terrain.corpus.model.Operation;

/**
 * The codebook's history read from the operation log: every entry that changed the {@code codes} table,
 * whatever its action (so a REFI-QDA import that brought codes counts), and every coding recoded or removed on
 * a supervisor's verdict, with the chain of undos and redos that followed it. Undo and redo entries are not changes of their own here: they are what became of one.
 */
final class CodebookHistory {
    /** The log stores changes as JSON; this is how a row change of the codes table starts in it. */
    private static final String CODES_TABLE = "\"table\":\"codes\"";

    private CodebookHistory() {
    }

    static List<CodebookChange> read(Connection c) throws SQLException {
        Map<Long, Operation> inverterOf = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + OperationLog.OPERATION_COLUMNS
                + OperationLog.LOG_WITH_CODERS + " WHERE o.action IN (?, ?) ORDER BY o.seq")) {
            st.setString(1, OperationLog.UNDO);
            st.setString(2, OperationLog.REDO);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Operation op = OperationLog.operation(rs);
                    inverterOf.put(op.undoOf(), op);
                }
            }
        }
        List<CodebookChange> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + OperationLog.OPERATION_COLUMNS + ", o.changes"
                + OperationLog.LOG_WITH_CODERS + " WHERE o.action NOT IN (?, ?) AND (instr(o.changes, ?) > 0 "
                + "OR o.message_key IN (?, ?)) ORDER BY o.seq")) {
            st.setString(1, OperationLog.UNDO);
            st.setString(2, OperationLog.REDO);
            st.setString(3, CODES_TABLE);
            // a coding recoded or removed on a supervisor's verdict is a decision about the codebook's use:
            // the methods chapter cites it (« 14 extraits recodés après relecture par … »)
            st.setString(4, OperationKind.REVIEW_ACCEPT_RECODE.key());
            st.setString(5, OperationKind.REVIEW_ACCEPT_CONTEST.key());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Operation op = OperationLog.operation(rs);
                    List<Operation> reversals = new ArrayList<>();
                    for (Operation next = inverterOf.get(op.seq()); next != null; next = inverterOf.get(next.seq())) {
                        reversals.add(next);
                    }
                    out.add(new CodebookChange(op, fields(ChangeCodec.decode(rs.getString("changes"))), reversals));
                }
            }
        }
        return out;
    }

    private static List<CodebookChange.FieldChange> fields(List<RowChange> changes) {
        List<CodebookChange.FieldChange> out = new ArrayList<>();
        for (RowChange change : changes) {
            if (change instanceof RowChange.Updated updated && updated.table().equals("codes")) {
                updated.after().forEach((field, after) -> out.add(new CodebookChange.FieldChange(field,
                        text(updated.before().get(field)), text(after))));
            }
        }
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
