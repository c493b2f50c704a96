package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.AttributeType;

/** Cases, their attributes (the cases × attributes table) and which sources belong to them. */
public final class CaseStore {
    private final ProjectStore store;

    CaseStore(ProjectStore store) {
        this.store = store;
    }

    /**
     * Sets the table in one operation: creates missing cases and attributes (with the given types), sets the
     * values given (an empty cell leaves a value as it was), and attaches the listed sources to their case.
     * An unknown source name refuses the whole table before anything changes.
     */
    public void importTable(Map<String, Map<String, String>> values, Map<String, AttributeType> types,
                            Map<String, List<String>> sources) {
        for (List<String> names : sources.values()) {
            for (String name : names) {
                store.sources().get(name);
            }
        }
        store.write(OperationKind.CASES_IMPORT.with(values.size(), types.size()),
                tx -> {
                    Map<String, Long> attributeIds = new LinkedHashMap<>();
                    for (Map.Entry<String, AttributeType> type : types.entrySet()) {
                        attributeIds.put(type.getKey(), attributeId(tx, type.getKey(), type.getValue()));
                    }
                    for (Map.Entry<String, Map<String, String>> row : values.entrySet()) {
                        long caseId = caseId(tx, row.getKey());
                        for (Map.Entry<String, String> cell : row.getValue().entrySet()) {
                            setValue(tx, caseId, attributeIds.get(cell.getKey()), cell.getValue());
                        }
                        for (String source : sources.getOrDefault(row.getKey(), List.of())) {
                            tx.update("sources", store.sources().id(source), Map.of("case_id", caseId));
                        }
                    }
                    return null;
                });
    }

    /** Attaches a source to a case (created if missing), or detaches it with null. */
    public void assign(String sourceName, String caseName) {
        store.write(caseName == null ? OperationKind.CASE_DETACH.with(sourceName)
                : OperationKind.CASE_ASSIGN.with(sourceName, caseName), tx -> {
            long sourceId = store.sources().id(sourceName);
            tx.update("sources", sourceId, ProjectStore.values("case_id", caseName == null ? null : caseId(tx, caseName)));
            return null;
        });
    }

    /** Creates an empty case (a row of the table); a name already taken is refused. */
    public void addCase(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new UsageException("case_blank");
        }
        store.write(OperationKind.CASE_ADD.with(wanted), tx -> {
            if (!Queries.ids(store.connection(), "SELECT id FROM cases WHERE name = ?", wanted).isEmpty()) {
                throw new UsageException("case_exists", wanted);
            }
            return caseId(tx, wanted);
        });
    }

    /** Creates an attribute (a column of the table) of the given type; a name already taken is refused. */
    public void addAttribute(String name, AttributeType type) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new UsageException("attribute_blank");
        }
        store.write(OperationKind.ATTRIBUTE_ADD.with(wanted, type.id()), tx -> {
            if (!Queries.ids(store.connection(), "SELECT id FROM attributes WHERE name = ?", wanted).isEmpty()) {
                throw new UsageException("attribute_exists", wanted);
            }
            return attributeId(tx, wanted, type);
        });
    }

    /**
     * Sets one cell of the table: the value of {@code attribute} for {@code caseName}; a blank value empties
     * the cell. A value that does not fit the attribute's type (« abc » for an age) is refused.
     */
    public void setValue(String caseName, String attribute, String value) {
        String kept = value == null ? "" : value.strip();
        store.write(OperationKind.CASE_VALUE.with(caseName, attribute, kept), tx -> {
            long caseId = existing("SELECT id FROM cases WHERE name = ?", caseName, "unknown_case");
            long attributeId = existing("SELECT id FROM attributes WHERE name = ?", attribute, "unknown_attribute");
            AttributeType type = AttributeType.parse(Queries.strings(store.connection(),
                    "SELECT type FROM attributes WHERE id = ?", attributeId).getFirst());
            if (!kept.isEmpty() && !type.accepts(kept)) {
                throw new UsageException("attribute_bad_value", kept, attribute, type.ordinal());
            }
            List<Long> cell = Queries.ids(store.connection(),
                    "SELECT id FROM case_attributes WHERE case_id = ? AND attribute_id = ?", caseId, attributeId);
            if (kept.isEmpty()) {
                for (long row : cell) {
                    tx.delete("case_attributes", row);
                }
            } else {
                setValue(tx, caseId, attributeId, kept);
            }
            return null;
        });
    }

    /**
     * The columns of the cases table, in the order they were made: the attributes some case has a value for,
     * and those made for the table and still empty; not the properties only imported documents carry
     * (title, author), which are the sources' own.
     */
    public List<AttributeColumn> columns() {
        synchronized (store) {
            List<AttributeColumn> out = new ArrayList<>();
            try (PreparedStatement st = store.connection().prepareStatement("SELECT a.name, a.type FROM attributes a "
                    + "WHERE EXISTS (SELECT 1 FROM case_attributes v WHERE v.attribute_id = a.id) "
                    + "OR NOT EXISTS (SELECT 1 FROM source_attributes v WHERE v.attribute_id = a.id) ORDER BY a.id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AttributeColumn(rs.getString(1), AttributeType.parse(rs.getString(2))));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    private long existing(String query, String name, String unknownCode) throws SQLException {
        List<Long> found = Queries.ids(store.connection(), query, name);
        if (found.isEmpty()) {
            throw new UsageException(unknownCode, name);
        }
        return found.getFirst();
    }

    public List<CaseInfo> list() {
        synchronized (store) {
            List<CaseInfo> out = new ArrayList<>();
            try (PreparedStatement st = store.connection().prepareStatement("SELECT id, name FROM cases ORDER BY name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new CaseInfo(rs.getString(2), attributes(id), sourceNames(id)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** The attribute values of a case, by attribute name. */
    Map<String, String> attributes(long caseId) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement st = store.connection().prepareStatement("SELECT a.name, v.value FROM case_attributes v "
                + "JOIN attributes a ON a.id = v.attribute_id WHERE v.case_id = ?")) {
            st.setLong(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private List<String> sourceNames(long caseId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = store.connection().prepareStatement(
                "SELECT name FROM sources WHERE case_id = ? ORDER BY name")) {
            st.setLong(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    long caseId(Transaction tx, String name) throws SQLException {
        List<Long> found = Queries.ids(store.connection(), "SELECT id FROM cases WHERE name = ?", name);
        return found.isEmpty()
                ? tx.insert("cases", ProjectStore.values("guid", ProjectStore.newGuid(), "name", name))
                : found.getFirst();
    }

    long attributeId(Transaction tx, String name, AttributeType type) throws SQLException {
        List<Long> found = Queries.ids(store.connection(), "SELECT id FROM attributes WHERE name = ?", name);
        return found.isEmpty()
                ? tx.insert("attributes", ProjectStore.values("name", name, "type", type.id()))
                : found.getFirst();
    }

    private void setValue(Transaction tx, long caseId, long attributeId, String value) throws SQLException {
        List<Long> existing = Queries.ids(store.connection(),
                "SELECT id FROM case_attributes WHERE case_id = ? AND attribute_id = ?", caseId, attributeId);
        if (existing.isEmpty()) {
            tx.insert("case_attributes", ProjectStore.values("case_id", caseId, "attribute_id", attributeId,
                    "value", value));
        } else {
            tx.update("case_attributes", existing.getFirst(), Map.of("value", value));
        }
    }
}
