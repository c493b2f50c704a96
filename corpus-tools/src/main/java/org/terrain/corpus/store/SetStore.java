package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UnknownSetException;
import org.terrain.corpus.errors.UsageException;

/**
 * Sets: named groups of sources and of codes (REFI-QDA's {@code <Set>}, ATLAS.ti's document and code groups).
 * Every change is one operation of the log, so one undo. A source or code that is deleted leaves its sets
 * with it ({@link SourceStore#delete}, {@link CodeStore#delete}); a merged code's memberships go to the code it
 * was merged into.
 */
public final class SetStore {
    private final ProjectStore store;

    SetStore(ProjectStore store) {
        this.store = store;
    }

    /** Creates an empty set; a blank name or a name already taken is refused. */
    public void create(String name, String description) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UsageException("set_name_empty");
        }
        if (find(clean).isPresent()) {
            throw new UsageException("set_exists", clean);
        }
        store.write(OperationKind.SET_CREATE.with(clean), tx -> insertSet(tx, clean, description));
    }

    /** A new set's row; a blank description is none. */
    private static long insertSet(Transaction tx, String name, String description) throws SQLException {
        return tx.insert("sets", ProjectStore.values("guid", ProjectStore.newGuid(), "name", name,
                "description", description == null || description.isBlank() ? null : description));
    }

    /** Adds sources (by name) to a set; those already in it are left as they are. */
    public void addSources(String set, List<String> sources) {
        changeMembers(set, true, "source_id", sourceIds(sources), OperationKind.SET_ADD_SOURCES.with(set, sources.size()));
    }

    /** Adds codes to a set; those already in it are left as they are. */
    public void addCodes(String set, List<CodePath> codes) {
        changeMembers(set, true, "code_id", codeIds(codes), OperationKind.SET_ADD_CODES.with(set, codes.size()));
    }

    /** Takes sources out of a set (the sources themselves stay). */
    public void removeSources(String set, List<String> sources) {
        changeMembers(set, false, "source_id", sourceIds(sources),
                OperationKind.SET_REMOVE_SOURCES.with(set, sources.size()));
    }

    /** Takes codes out of a set (the codes themselves stay). */
    public void removeCodes(String set, List<CodePath> codes) {
        changeMembers(set, false, "code_id", codeIds(codes), OperationKind.SET_REMOVE_CODES.with(set, codes.size()));
    }

    /** Every name is checked (set, sources, codes) before the one operation starts. */
    private void changeMembers(String set, boolean add, String column, List<Long> ids,
                               org.terrain.corpus.model.OperationMessage message) {
        long setId = id(set);
        store.write(message, tx -> add ? addMembers(tx, setId, column, ids) : removeMembers(tx, setId, column, ids));
    }

    /** Deletes a set; its sources and codes stay. */
    public void delete(String name) {
        long setId = id(name);
        store.write(OperationKind.SET_DELETE.with(name), tx -> {
            for (long member : Queries.ids(store.connection(), "SELECT id FROM set_members WHERE set_id = ?", setId)) {
                tx.delete("set_members", member);
            }
            tx.delete("sets", setId);
            return null;
        });
    }

    /** Every set by name, with its sources (by name) and codes (in tree order). */
    public List<SetInfo> list() {
        synchronized (store) {
            Map<Long, CodePath> codePaths = new HashMap<>();
            Map<Long, Integer> codeOrder = new HashMap<>();
            for (CodeInfo info : store.codes().list()) {
                codeOrder.put(info.code().id(), codeOrder.size());
                codePaths.put(info.code().id(), info.path());
            }
            Map<Long, String[]> sets = new LinkedHashMap<>();
            Map<Long, List<String>> sources = new HashMap<>();
            Map<Long, List<Long>> codes = new HashMap<>();
            try {
                try (PreparedStatement st = store.connection().prepareStatement(
                        "SELECT id, name, description FROM sets ORDER BY name");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        sets.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
                try (PreparedStatement st = store.connection().prepareStatement(
                        "SELECT m.set_id, s.name, m.code_id FROM set_members m LEFT JOIN sources s "
                                + "ON s.id = m.source_id ORDER BY s.name");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long set = rs.getLong(1);
                        if (rs.getString(2) != null) {
                            sources.computeIfAbsent(set, k -> new ArrayList<>()).add(rs.getString(2));
                        } else {
                            codes.computeIfAbsent(set, k -> new ArrayList<>()).add(rs.getLong(3));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            List<SetInfo> out = new ArrayList<>();
            sets.forEach((id, row) -> {
                List<Long> members = new ArrayList<>(codes.getOrDefault(id, List.of()));
                members.sort(java.util.Comparator.comparing(codeOrder::get));
                out.add(new SetInfo(row[0], row[1], List.copyOf(sources.getOrDefault(id, List.of())),
                        members.stream().map(codePaths::get).toList()));
            });
            return out;
        }
    }

    public java.util.Optional<SetInfo> find(String name) {
        return list().stream().filter(set -> set.name().equals(name)).findFirst();
    }

    /**
     * A codebook's code groups, inside the transaction that installs its codes: each group fills the set of its
     * name (made if there is none), so installing a codebook twice changes nothing.
     */
    void installGroups(Transaction tx, List<org.terrain.codingschemes.CodeGroup> groups) throws SQLException {
        for (org.terrain.codingschemes.CodeGroup group : groups) {
            String name = group.name().strip();
            List<Long> found = Queries.ids(store.connection(), "SELECT id FROM sets WHERE name = ?", name);
            long setId = found.isEmpty() ? insertSet(tx, name, group.description()) : found.getFirst();
            List<Long> codes = new ArrayList<>();
            for (CodePath path : group.codes()) {
                store.codes().find(path).ifPresent(code -> codes.add(code.id()));
            }
            addMembers(tx, setId, "code_id", codes);
        }
    }

    private Object addMembers(Transaction tx, long setId, String column, List<Long> ids) throws SQLException {
        for (long member : new java.util.LinkedHashSet<>(ids)) {
            if (Queries.ids(store.connection(), "SELECT id FROM set_members WHERE set_id = ? AND " + column + " = ?",
                    setId, member).isEmpty()) {
                tx.insert("set_members", ProjectStore.values("set_id", setId, column, member));
            }
        }
        return null;
    }

    private Object removeMembers(Transaction tx, long setId, String column, List<Long> ids) throws SQLException {
        for (long member : ids) {
            for (long row : Queries.ids(store.connection(),
                    "SELECT id FROM set_members WHERE set_id = ? AND " + column + " = ?", setId, member)) {
                tx.delete("set_members", row);
            }
        }
        return null;
    }

    private long id(String name) {
        synchronized (store) {
            try {
                List<Long> found = Queries.ids(store.connection(), "SELECT id FROM sets WHERE name = ?", name);
                if (found.isEmpty()) {
                    throw new UnknownSetException(name);
                }
                return found.getFirst();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private List<Long> sourceIds(List<String> names) {
        synchronized (store) {
            List<Long> ids = new ArrayList<>();
            try {
                for (String name : names) {
                    ids.add(store.sources().id(name));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return ids;
        }
    }

    private List<Long> codeIds(List<CodePath> paths) {
        return paths.stream().map(path -> store.codes().get(path).id()).toList();
    }
}
