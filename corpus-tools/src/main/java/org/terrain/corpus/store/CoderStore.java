package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UsageException;

/**
 * The coders of a project as a team sees them: each with its id (which never changes), its name and how many
 * codings it made. Renaming one is an action of the log like any other (undone by undo); the codings, memos and
 * log entries that name it follow, since they name the row, not the text.
 */
public final class CoderStore {
    /** A coder: {@code id} is its stable GUID, {@code segments} the codings it made. */
    public record CoderInfo(String id, String name, int segments) {
    }

    private final ProjectStore store;

    private CoderStore(ProjectStore store) {
        this.store = store;
    }

    public static CoderStore of(ProjectStore store) {
        return new CoderStore(store);
    }

    /** Every coder, by name; those who only wrote in the log (never coded) too, with 0 codings. */
    public List<CoderInfo> list() {
        synchronized (store) {
            List<CoderInfo> out = new ArrayList<>();
            try (PreparedStatement st = store.connection().prepareStatement("SELECT k.guid, k.name, "
                    + "(SELECT count(*) FROM segments g WHERE g.coder_id = k.id) FROM coders k ORDER BY k.name, k.id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new CoderInfo(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /**
     * Renames the coder whose id (or, failing that, whose name) is {@code idOrName}; one action of the log.
     *
     * @throws UsageException {@code unknown_coder} when no coder has it
     * @throws TerrainException {@code coder_name_taken} when another coder has the new name already
     */
    public void rename(String idOrName, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new UsageException("coder_name_taken", newName);
        }
        synchronized (store) {
            try {
                List<Long> found = Queries.ids(store.connection(), "SELECT id FROM coders WHERE guid = ?", idOrName);
                if (found.isEmpty()) {
                    found = Queries.ids(store.connection(), "SELECT id FROM coders WHERE name = ?", idOrName);
                }
                if (found.isEmpty()) {
                    throw new UsageException("unknown_coder", idOrName);
                }
                long id = found.getFirst();
                List<Long> holder = Queries.ids(store.connection(), "SELECT id FROM coders WHERE name = ?", name);
                if (!holder.isEmpty() && holder.getFirst() != id) {
                    throw new TerrainException("coder_name_taken", TerrainException.Category.ACTION_NEEDED, name);
                }
                String before = Queries.strings(store.connection(), "SELECT name FROM coders WHERE id = ?", id)
                        .getFirst();
                store.write(OperationKind.CODER_RENAME.with(before, name), tx -> {
                    tx.update("coders", id, ProjectStore.values("name", name));
                    return null;
                });
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }
}
