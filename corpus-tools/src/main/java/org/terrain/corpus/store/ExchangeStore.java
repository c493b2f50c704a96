package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.terrain.codingschemes.CodeColors;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Turn;

/**
 * The whole project as plain rows with their GUIDs, for exchanges (REFI-QDA): read for an export, written for an
 * import in one operation (one transaction, one undo) that keeps the GUIDs of the file where they are free.
 */
public final class ExchangeStore {
    /** Everything an exchange carries. Positions are code points of the canonical text, end exclusive. */
    public record Snapshot(String projectName, List<Coder> coders, List<Code> codes, Map<String, AttributeType> attributes,
                           List<Case> cases, List<Src> sources, List<Segment> segments) {
    }

    public record Coder(String guid, String name) {
    }

    /** @param parentGuid null at the root; codes are listed parents first */
    public record Code(String guid, String parentGuid, String name, String color, String description,
                       String inclusion, String exclusion, String example) {
    }

    public record Case(String guid, String name, String description, Map<String, String> attributes) {
    }

    /**
     * @param interviewers the speaker labels that are interviewers in this source (effective roles)
     * @param attributes   the source's own attribute values (not its case's)
     */
    public record Src(String guid, String name, SourceKind kind, String caseGuid, String text, int words,
                      List<Turn> turns, List<String> interviewers, Map<String, String> attributes,
                      String importedFrom) {
    }

    public record Segment(String guid, String sourceGuid, String codeGuid, int start, int end, String coderGuid,
                          String memo) {
    }

    /** What an import created: the name each source got, by the GUID of the file. */
    public record Written(Map<String, String> sourceNames, int codes, int segments) {
    }

    /** What REFI-QDA accepts as a GUID (and what Terrain writes): a file's other identifiers are replaced. */
    private static final java.util.regex.Pattern GUID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ProjectStore store;

    ExchangeStore(ProjectStore store) {
        this.store = store;
    }

    public Snapshot read() {
        synchronized (store) {
            try {
                return readAll();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private Snapshot readAll() throws SQLException {
        List<Coder> coders = new ArrayList<>();
        Map<Long, String> coderGuids = new HashMap<>();
        try (PreparedStatement st = c().prepareStatement("SELECT id, guid, name FROM coders ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                coders.add(new Coder(rs.getString(2), rs.getString(3)));
                coderGuids.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<Code> codes = new ArrayList<>();
        Map<Long, String> codeGuids = new HashMap<>();
        for (CodeInfo info : store.codes().list()) { // tree order: parents first
            codeGuids.put(info.code().id(), info.code().guid());
        }
        for (CodeInfo info : store.codes().list()) {
            org.terrain.corpus.model.CodeCriteria criteria = store.codes().criteria(info.path());
            org.terrain.corpus.model.Code code = info.code();
            codes.add(new Code(code.guid(), code.isRoot() ? null : codeGuids.get(code.parentId()), code.name(),
                    code.color(), code.description(), criteria.inclusion(), criteria.exclusion(), criteria.example()));
        }
        Map<String, AttributeType> attributes = new TreeMap<>();
        try (PreparedStatement st = c().prepareStatement("SELECT name, type FROM attributes ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                attributes.put(rs.getString(1), AttributeType.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)));
            }
        }
        List<Case> cases = new ArrayList<>();
        Map<Long, String> caseGuids = new HashMap<>();
        try (PreparedStatement st = c().prepareStatement("SELECT id, guid, name, description FROM cases ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                caseGuids.put(rs.getLong(1), rs.getString(2));
                cases.add(new Case(rs.getString(2), rs.getString(3), rs.getString(4),
                        store.cases().attributes(rs.getLong(1))));
            }
        }
        List<Src> sources = new ArrayList<>();
        Map<Long, String> sourceGuids = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement st = c().prepareStatement(
                "SELECT id, case_id, words, imported_from, name FROM sources ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getObject(2), rs.getInt(3), rs.getString(4), rs.getString(5)});
            }
        }
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Source source = store.sources().get((String) row[4]);
            sourceGuids.put(id, source.guid());
            Map<String, String> own = new TreeMap<>();
            try (PreparedStatement st = c().prepareStatement("SELECT a.name, v.value FROM source_attributes v "
                    + "JOIN attributes a ON a.id = v.attribute_id WHERE v.source_id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        own.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            String caseGuid = row[1] == null ? null : caseGuids.get(((Number) row[1]).longValue());
            sources.add(new Src(source.guid(), source.name(), source.kind(), caseGuid, source.text(), (Integer) row[2],
                    source.turns(), SourceStore.interviewers(source), own, (String) row[3]));
        }
        List<Segment> segments = new ArrayList<>();
        try (PreparedStatement st = c().prepareStatement("SELECT guid, source_id, code_id, start_cp, end_cp, coder_id, "
                + "memo FROM segments ORDER BY source_id, start_cp, end_cp, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Object coder = rs.getObject(6);
                segments.add(new Segment(rs.getString(1), sourceGuids.get(rs.getLong(2)), codeGuids.get(rs.getLong(3)),
                        rs.getInt(4), rs.getInt(5), coder == null ? null : coderGuids.get(((Number) coder).longValue()),
                        rs.getString(7)));
            }
        }
        return new Snapshot(store.info().name(), coders, codes, attributes, cases, sources, segments);
    }

    /**
     * Writes a snapshot into the project as one operation. Codes, cases, coders and attributes that exist by
     * name (path) are reused; sources are always new (their names made unique); a segment repeated (same source,
     * code and range) is stored once, memos joined. GUIDs of the snapshot are kept unless taken.
     */
    public Written write(String action, String summary, Snapshot snapshot) {
        return write(action, summary, snapshot, null);
    }

    /**
     * The same, marking every source with the SHA-256 of the exchange file it came from, so that importing the
     * same file again is recognised ({@link SourceStore#nameByContent}).
     */
    public Written write(String action, String summary, Snapshot snapshot, String fileSha256) {
        return store.write(action, summary, tx -> {
            String now = Instant.now().toString();
            Map<String, Long> coderIds = new HashMap<>();
            for (Coder coder : snapshot.coders()) {
                List<Long> found = ids("SELECT id FROM coders WHERE name = ?", coder.name());
                coderIds.put(coder.guid(), found.isEmpty()
                        ? tx.insert("coders", ProjectStore.values("guid", freeGuid("coders", coder.guid()),
                        "name", coder.name()))
                        : found.getFirst());
            }
            Map<String, Long> codeIds = new HashMap<>();
            int newCodes = 0;
            for (Code code : snapshot.codes()) {
                Long parent = code.parentGuid() == null ? null : codeIds.get(code.parentGuid());
                List<Long> found = ids("SELECT id FROM codes WHERE ifnull(parent_id, 0) = ? AND name = ?",
                        parent == null ? 0L : parent, code.name());
                if (found.isEmpty()) {
                    codeIds.put(code.guid(), tx.insert("codes", ProjectStore.values(
                            "guid", freeGuid("codes", code.guid()), "parent_id", parent, "name", code.name(),
                            "color", code.color() != null && code.color().strip().matches("#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}")
                                    ? CodeColors.normalize(code.color()) : CodeColors.forIndex(count("codes")),
                            "description", code.description(), "created_at", now, "inclusion", code.inclusion(),
                            "exclusion", code.exclusion(), "example", code.example())));
                    newCodes++;
                } else {
                    codeIds.put(code.guid(), found.getFirst());
                }
            }
            for (Map.Entry<String, AttributeType> attribute : snapshot.attributes().entrySet()) {
                store.cases().attributeId(tx, attribute.getKey(), attribute.getValue());
            }
            Map<String, Long> caseIds = new HashMap<>();
            for (Case researchCase : snapshot.cases()) {
                List<Long> found = ids("SELECT id FROM cases WHERE name = ?", researchCase.name());
                long id = found.isEmpty() ? tx.insert("cases", ProjectStore.values("guid",
                        freeGuid("cases", researchCase.guid()), "name", researchCase.name(),
                        "description", researchCase.description())) : found.getFirst();
                caseIds.put(researchCase.guid(), id);
                for (Map.Entry<String, String> value : new TreeMap<>(researchCase.attributes()).entrySet()) {
                    long attributeId = store.cases().attributeId(tx, value.getKey(), AttributeType.TEXT);
                    List<Long> existing = ids("SELECT id FROM case_attributes WHERE case_id = ? AND attribute_id = ?",
                            id, attributeId);
                    if (existing.isEmpty()) {
                        tx.insert("case_attributes", ProjectStore.values("case_id", id, "attribute_id", attributeId,
                                "value", value.getValue()));
                    } else {
                        tx.update("case_attributes", existing.getFirst(), Map.of("value", value.getValue()));
                    }
                }
            }
            Map<String, Long> sourceIds = new HashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Src source : snapshot.sources()) {
                String name = uniqueName(source.name());
                long id = tx.insert("sources", ProjectStore.values("guid", freeGuid("sources", source.guid()),
                        "name", name, "kind", source.kind().id(),
                        "case_id", source.caseGuid() == null ? null : caseIds.get(source.caseGuid()),
                        "original_id", null, "content_sha256", fileSha256, "text", source.text(), "text_version", 1,
                        "chars", source.text().codePointCount(0, source.text().length()), "words", source.words(),
                        "imported_at", now, "imported_from", source.importedFrom()));
                sourceIds.put(source.guid(), id);
                names.put(source.guid(), name);
                Set<String> labels = new java.util.LinkedHashSet<>();
                for (Turn turn : source.turns()) {
                    labels.add(turn.speaker());
                    tx.insert("turns", ProjectStore.values("source_id", id, "ordinal", turn.ordinal(),
                            "speaker", turn.speaker(), "time_ms", turn.timeMs(), "label_start", turn.label().start(),
                            "label_end", turn.label().end(), "speech_start", turn.speech().start(),
                            "speech_end", turn.speech().end()));
                }
                for (String label : labels) {
                    boolean interviewer = source.interviewers().contains(label);
                    if (interviewer != SourceStore.DEFAULT_INTERVIEWER.equals(label)) {
                        tx.insert("speaker_roles", ProjectStore.values("source_id", id, "label", label,
                                "role", interviewer ? "interviewer" : "participant"));
                    }
                }
                for (Map.Entry<String, String> value : new TreeMap<>(source.attributes()).entrySet()) {
                    tx.insert("source_attributes", ProjectStore.values("source_id", id,
                            "attribute_id", store.cases().attributeId(tx, value.getKey(), AttributeType.TEXT),
                            "value", value.getValue()));
                }
            }
            Map<List<Object>, Long> stored = new HashMap<>();
            Set<String> usedGuids = new HashSet<>();
            for (Segment segment : snapshot.segments()) {
                Long sourceId = sourceIds.get(segment.sourceGuid());
                Long codeId = codeIds.get(segment.codeGuid());
                if (sourceId == null || codeId == null) {
                    continue;
                }
                List<Object> key = List.of(sourceId, codeId, segment.start(), segment.end());
                Long twin = stored.get(key);
                if (twin != null) {
                    Map<String, Object> row = tx.row("segments", twin);
                    String memo = join((String) row.get("memo"), segment.memo());
                    tx.update("segments", twin, ProjectStore.values("memo", memo));
                    continue;
                }
                String guid = segment.guid() == null || !usedGuids.add(segment.guid())
                        ? ProjectStore.newGuid() : freeGuid("segments", segment.guid());
                stored.put(key, tx.insert("segments", ProjectStore.values("guid", guid, "source_id", sourceId,
                        "code_id", codeId, "start_cp", segment.start(), "end_cp", segment.end(), "text_version", 1,
                        "coder_id", segment.coderGuid() == null ? null : coderIds.get(segment.coderGuid()),
                        "created_at", now, "modified_at", now, "memo", segment.memo())));
            }
            return new Written(names, newCodes, stored.size());
        });
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank() || a.equals(b)) {
            return a;
        }
        return a + "\n\n" + b;
    }

    private String freeGuid(String table, String wanted) throws SQLException {
        if (wanted == null || !GUID.matcher(wanted).matches()
                || !ids("SELECT id FROM " + table + " WHERE guid = ?", wanted).isEmpty()) {
            return ProjectStore.newGuid();
        }
        return wanted;
    }

    private String uniqueName(String wanted) throws SQLException {
        String base = wanted == null || wanted.isBlank() ? "source" : wanted;
        String candidate = base;
        for (int n = 2; !ids("SELECT id FROM sources WHERE name = ?", candidate).isEmpty(); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }

    private int count(String table) throws SQLException {
        return ids("SELECT count(*) FROM " + table).getFirst().intValue();
    }

    private List<Long> ids(String sql, Object... args) throws SQLException {
        return Queries.ids(c(), sql, args);
    }

    private java.sql.Connection c() {
        return store.connection();
    }
}
