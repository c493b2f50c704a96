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
                           List<Case> cases, List<Src> sources, List<Segment> segments, List<NamedSet> sets,
                           List<Memo> memos) {
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

    /**
     * @param createdAt  when the coding was made, an ISO-8601 instant; null when the file does not say (an
     *                   import then stores its own time)
     * @param modifiedAt when it last changed, ISO-8601; null for its creation
     */
    public record Segment(String guid, String sourceGuid, String codeGuid, int start, int end, String coderGuid,
                          String memo, String createdAt, String modifiedAt) {
    }

    /** A set and its members by GUID: codes, then sources (the order REFI-QDA writes them). */
    public record NamedSet(String guid, String name, String description, List<String> codeGuids,
                           List<String> sourceGuids) {
    }

    /**
     * A memo of the project, of a source or of a code, or an entry of the research journal (segment memos
     * travel with their segment).
     *
     * @param target     {@link #PROJECT}, {@link #SOURCE}, {@link #CODE} or {@link #JOURNAL}
     * @param targetGuid the source's or code's GUID; null for the project and the journal
     * @param createdAt  ISO-8601 as stored (an import without dates stores the time of the import)
     */
    public record Memo(String guid, String target, String targetGuid, String title, String body, String author,
                       String createdAt, String modifiedAt) {
        public static final String PROJECT = "project";
        public static final String SOURCE = "source";
        public static final String CODE = "code";
        public static final String JOURNAL = "journal";
        /** A supervisor's verdict on a coding (the review layer), about the coding's GUID. */
        public static final String REVIEW = "review";
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
                attributes.put(rs.getString(1), AttributeType.parse(rs.getString(2)));
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
                + "memo, created_at, modified_at FROM segments ORDER BY source_id, start_cp, end_cp, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Object coder = rs.getObject(6);
                segments.add(new Segment(rs.getString(1), sourceGuids.get(rs.getLong(2)), codeGuids.get(rs.getLong(3)),
                        rs.getInt(4), rs.getInt(5), coder == null ? null : coderGuids.get(((Number) coder).longValue()),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        List<Memo> memos = new ArrayList<>(readMemos(sourceGuids, codeGuids));
        memos.addAll(readReviews());
        return new Snapshot(store.info().name(), coders, codes, attributes, cases, sources, segments,
                readSets(sourceGuids, codeGuids), memos);
    }

    /**
     * The review layer's verdicts on codings that still exist, as notes about them: a supervisor on NVivo or
     * ATLAS.ti sees the verdict, the comment and the answer beside the coded passage.
     */
    private List<Memo> readReviews() throws SQLException {
        List<Memo> out = new ArrayList<>();
        try (PreparedStatement st = c().prepareStatement("SELECT r.guid, g.guid, r.verdict, r.proposed_code, r.comment, "
                + "r.reviewer, r.reviewed_at, r.status, r.reply, r.resolved_at FROM review_items r "
                + "JOIN segments g ON g.id = r.segment_id ORDER BY r.id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String verdict = rs.getString(3) + (rs.getString(4) == null ? "" : " → " + rs.getString(4));
                StringBuilder body = new StringBuilder(verdict);
                if (rs.getString(5) != null) {
                    body.append("\n").append(rs.getString(5));
                }
                if (!"open".equals(rs.getString(8))) {
                    body.append("\n").append(rs.getString(8)).append(rs.getString(9) == null ? "" : ": " + rs.getString(9));
                }
                out.add(new Memo(rs.getString(1), Memo.REVIEW, rs.getString(2), "review: " + verdict, body.toString(),
                        rs.getString(6), rs.getString(7), rs.getString(10) == null ? rs.getString(7) : rs.getString(10)));
            }
        }
        return out;
    }

    private List<NamedSet> readSets(Map<Long, String> sourceGuids, Map<Long, String> codeGuids) throws SQLException {
        Map<Long, NamedSet> sets = new LinkedHashMap<>();
        try (PreparedStatement st = c().prepareStatement("SELECT id, guid, name, description FROM sets ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                sets.put(rs.getLong(1), new NamedSet(rs.getString(2), rs.getString(3), rs.getString(4),
                        new ArrayList<>(), new ArrayList<>()));
            }
        }
        try (PreparedStatement st = c().prepareStatement(
                "SELECT set_id, source_id, code_id FROM set_members ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                NamedSet set = sets.get(rs.getLong(1));
                Object source = rs.getObject(2);
                if (source != null) {
                    set.sourceGuids().add(sourceGuids.get(((Number) source).longValue()));
                } else {
                    set.codeGuids().add(codeGuids.get(rs.getLong(3)));
                }
            }
        }
        return List.copyOf(sets.values());
    }

    /** Memos of the project, sources and codes, and the journal; a memo whose source or code is gone is left. */
    private List<Memo> readMemos(Map<Long, String> sourceGuids, Map<Long, String> codeGuids) throws SQLException {
        List<Memo> memos = new ArrayList<>();
        try (PreparedStatement st = c().prepareStatement("SELECT guid, target, target_id, title, body, "
                + "ifnull((SELECT name FROM coders WHERE coders.id = memos.coder_id), author), "
                + "created_at, modified_at FROM memos WHERE target IN (?, ?, ?, ?) ORDER BY id")) {
            ProjectStore.bind(st, Memo.PROJECT, Memo.SOURCE, Memo.CODE, Memo.JOURNAL);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String target = rs.getString(2);
                    String targetGuid = switch (target) {
                        case Memo.SOURCE -> sourceGuids.get(rs.getLong(3));
                        case Memo.CODE -> codeGuids.get(rs.getLong(3));
                        default -> null;
                    };
                    if (targetGuid == null && (target.equals(Memo.SOURCE) || target.equals(Memo.CODE))) {
                        continue;
                    }
                    memos.add(new Memo(rs.getString(1), target, targetGuid, rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return memos;
    }

    /**
     * Writes a snapshot into the project as one operation. Codes, cases, coders and attributes that exist by
     * name (path) are reused; sources are always new (their names made unique); a segment repeated (same source,
     * code and range) is stored once, memos joined. GUIDs of the snapshot are kept unless taken.
     */
    public Written write(org.terrain.corpus.model.OperationMessage message, Snapshot snapshot) {
        return write(message, snapshot, null);
    }

    /**
     * The same, marking every source with the SHA-256 of the exchange file it came from, so that importing the
     * same file again is recognised ({@link SourceStore#nameByContent}).
     */
    public Written write(org.terrain.corpus.model.OperationMessage message, Snapshot snapshot, String fileSha256) {
        return store.write(message, tx -> {
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
                        "original_id", null, "content_sha256", fileSha256,
                        "imported_text_sha256", org.terrain.corpus.text.TextFingerprint.of(source.text()),
                        "text", source.text(), "text_version", 1,
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
                Long coderId = segment.coderGuid() == null ? null : coderIds.get(segment.coderGuid());
                // one coding per coder (as the table holds them): two coders' codings of the same words are two
                List<Object> key = java.util.Arrays.asList(sourceId, codeId, segment.start(), segment.end(), coderId);
                String created = segment.createdAt() == null ? now : segment.createdAt();
                String modified = later(created, segment.modifiedAt());
                Long twin = stored.get(key);
                if (twin != null) { // the same coding twice (NVivo repeats a range per coding): one, dated by both
                    Map<String, Object> row = tx.row("segments", twin);
                    String memo = join((String) row.get("memo"), segment.memo());
                    tx.update("segments", twin, ProjectStore.values("memo", memo,
                            "created_at", earlier((String) row.get("created_at"), created),
                            "modified_at", later((String) row.get("modified_at"), modified)));
                    continue;
                }
                String guid = segment.guid() == null || !usedGuids.add(segment.guid())
                        ? ProjectStore.newGuid() : freeGuid("segments", segment.guid());
                stored.put(key, tx.insert("segments", ProjectStore.values("guid", guid, "source_id", sourceId,
                        "code_id", codeId, "start_cp", segment.start(), "end_cp", segment.end(), "text_version", 1,
                        "coder_id", coderId, "created_at", created, "modified_at", modified, "memo", segment.memo())));
            }
            writeSets(tx, snapshot.sets(), sourceIds, codeIds);
            writeMemos(tx, snapshot.memos(), sourceIds, codeIds, now);
            return new Written(names, newCodes, stored.size());
        });
    }

    /** A set whose name the project has already gets the members; member GUIDs unknown here are left out. */
    private void writeSets(Transaction tx, List<NamedSet> sets, Map<String, Long> sourceIds,
                           Map<String, Long> codeIds) throws SQLException {
        for (NamedSet set : sets) {
            List<Long> found = ids("SELECT id FROM sets WHERE name = ?", set.name());
            long setId = found.isEmpty() ? tx.insert("sets", ProjectStore.values("guid", freeGuid("sets", set.guid()),
                    "name", set.name(), "description", set.description())) : found.getFirst();
            for (String code : set.codeGuids()) {
                addMember(tx, setId, "code_id", codeIds.get(code));
            }
            for (String source : set.sourceGuids()) {
                addMember(tx, setId, "source_id", sourceIds.get(source));
            }
        }
    }

    private void addMember(Transaction tx, long setId, String column, Long member) throws SQLException {
        if (member != null && ids("SELECT id FROM set_members WHERE set_id = ? AND " + column + " = ?", setId,
                member).isEmpty()) {
            tx.insert("set_members", ProjectStore.values("set_id", setId, column, member));
        }
    }

    /** Project and journal memos hang on the project row (id 1); a memo whose source or code is absent is left. */
    private void writeMemos(Transaction tx, List<Memo> memos, Map<String, Long> sourceIds, Map<String, Long> codeIds,
                            String now) throws SQLException {
        for (Memo memo : memos) {
            Long targetId = switch (memo.target()) {
                case Memo.SOURCE -> sourceIds.get(memo.targetGuid());
                case Memo.CODE -> codeIds.get(memo.targetGuid());
                case Memo.PROJECT, Memo.JOURNAL -> MemoStore.PROJECT_ROW;
                default -> null;
            };
            if (targetId == null || memo.body() == null) {
                continue;
            }
            String created = memo.createdAt() == null ? now : memo.createdAt();
            tx.insert("memos", ProjectStore.values("guid", freeGuid("memos", memo.guid()), "target", memo.target(),
                    "target_id", targetId, "title", memo.title(), "body", memo.body(), "author", memo.author(),
                    "created_at", created, "modified_at", memo.modifiedAt() == null ? created : memo.modifiedAt()));
        }
    }

    /** The earlier of two ISO-8601 instants (as stored, compared as times, not as text). */
    private static String earlier(String a, String b) {
        return Instant.parse(b).isBefore(Instant.parse(a)) ? b : a;
    }

    /** The later of two ISO-8601 instants; {@code b} may be null (then {@code a}). */
    private static String later(String a, String b) {
        return b != null && Instant.parse(b).isAfter(Instant.parse(a)) ? b : a;
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
