package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.terrain.corpus.model.Identity;

/**
 * The row of the {@code coders} table that stands for an identity, made when it first changes the project.
 * These rows are who acted, like the log that names them: they are written beside the action's own changes, not
 * as changes of it, so that undoing the action leaves them (see {@link OperationLog#invert}).
 */
final class Coders {
    private Coders() {
    }

    /**
     * The row of {@code identity}: the one with its id (renamed when the identity changed its name and the new
     * name is free), else the one with its name (which takes its id, so that a later change of name follows it
     * here), else a new one.
     */
    static long resolve(Connection c, Identity identity) throws SQLException {
        if (identity.id() != null) {
            List<Long> byId = Queries.ids(c, "SELECT id FROM coders WHERE guid = ?", identity.id());
            if (!byId.isEmpty()) {
                long id = byId.getFirst();
                if (Queries.ids(c, "SELECT id FROM coders WHERE name = ?", identity.name()).isEmpty()) {
                    update(c, "UPDATE coders SET name = ? WHERE id = ?", identity.name(), id);
                }
                return id;
            }
        }
        List<Long> byName = Queries.ids(c, "SELECT id FROM coders WHERE name = ?", identity.name());
        if (!byName.isEmpty()) {
            long id = byName.getFirst();
            if (identity.id() != null) {
                update(c, "UPDATE coders SET guid = ? WHERE id = ?", identity.id(), id);
            }
            return id;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO coders (guid, name) VALUES (?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ProjectStore.bind(st, identity.id() != null ? identity.id() : ProjectStore.newGuid(), identity.name());
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            ProjectStore.bind(st, args);
            st.executeUpdate();
        }
    }
}
