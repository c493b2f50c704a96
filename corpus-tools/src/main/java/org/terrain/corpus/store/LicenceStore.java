package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Licence;

/** The licences of sources and cases: each change one undoable entry of the log. */
public final class LicenceStore {
    private final ProjectStore store;

    LicenceStore(ProjectStore store) {
        this.store = store;
    }

    /** Records a source's own licence; null takes it away (the case's, if any, applies again). */
    public void setForSource(String source, Licence licence) {
        store.write(licence == null ? OperationKind.LICENCE_SOURCE_CLEAR.with(source)
                : OperationKind.LICENCE_SOURCE.with(source, licence.id()), tx -> {
            tx.update("sources", store.sources().id(source), ProjectStore.values("licence", id(licence)));
            return null;
        });
    }

    /** Records a case's licence, for those of its sources without their own; null takes it away. */
    public void setForCase(String caseName, Licence licence) {
        store.write(licence == null ? OperationKind.LICENCE_CASE_CLEAR.with(caseName)
                : OperationKind.LICENCE_CASE.with(caseName, licence.id()), tx -> {
            List<Long> found = Queries.ids(store.connection(), "SELECT id FROM cases WHERE name = ?", caseName);
            if (found.isEmpty()) {
                throw new UsageException("unknown_case", caseName);
            }
            tx.update("cases", found.getFirst(), ProjectStore.values("licence", id(licence)));
            return null;
        });
    }

    /** Every source's licences, by source name, in name order. */
    public Map<String, SourceLicence> bySource() {
        synchronized (store) {
            Map<String, SourceLicence> out = new LinkedHashMap<>();
            try (PreparedStatement st = store.connection().prepareStatement("SELECT s.name, s.licence, c.name, "
                    + "c.licence FROM sources s LEFT JOIN cases c ON c.id = s.case_id ORDER BY s.name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new SourceLicence(rs.getString(1), licence(rs.getString(2)),
                            rs.getString(3), licence(rs.getString(4))));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** A case's licence, null when none is recorded; an unknown case is refused. */
    public Licence ofCase(String caseName) {
        synchronized (store) {
            try {
                List<String> found = Queries.strings(store.connection(),
                        "SELECT ifnull(licence, '') FROM cases WHERE name = ?", caseName);
                if (found.isEmpty()) {
                    throw new UsageException("unknown_case", caseName);
                }
                return licence(found.getFirst());
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static String id(Licence licence) {
        return licence == null ? null : licence.id();
    }

    /** A stored id; one this Terrain does not know (a newer one's) reads as « unknown », never as none. */
    private static Licence licence(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        return Licence.find(id).orElse(Licence.UNKNOWN);
    }
}
