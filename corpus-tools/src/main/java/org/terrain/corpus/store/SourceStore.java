package org.terrain.corpus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.terrain.corpus.errors.UnknownSourceException;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.SpeakerRole;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.TextReplacement;

/** Sources, their turns, cases, attributes, speaker roles and originals. */
public final class SourceStore {
    /** The interviewer label of the contract, an interviewer unless said otherwise. */
    public static final String DEFAULT_INTERVIEWER = "ENQ";

    private final ProjectStore store;

    SourceStore(ProjectStore store) {
        this.store = store;
    }

    /** The name of the source already imported from the same bytes, if any. */
    public Optional<String> nameByContent(String sha256) {
        synchronized (store) {
            try (PreparedStatement st = c().prepareStatement(
                    "SELECT name FROM sources WHERE content_sha256 = ? ORDER BY id LIMIT 1")) {
                st.setString(1, sha256);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /**
     * The name of the source whose text, as imported, is this one ({@link org.terrain.corpus.text.TextFingerprint}):
     * a Transcriber file and its plain-text rendering are one interview. Null finds nothing.
     */
    public Optional<String> nameByText(String textSha256) {
        if (textSha256 == null) {
            return Optional.empty();
        }
        synchronized (store) {
            try (PreparedStatement st = c().prepareStatement(
                    "SELECT name FROM sources WHERE imported_text_sha256 = ? ORDER BY id LIMIT 1")) {
                st.setString(1, textSha256);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Stores a new source in one operation; returns the name it got (unique). */
    public String add(NewSource source) {
        return store.write(OperationKind.IMPORT.with(source.wantedName()), tx -> add(tx, source));
    }

    /** The same, as one all-or-nothing action of a batch. */
    public String add(ProjectStore.Batch batch, NewSource source) {
        return batch.write(OperationKind.IMPORT.with(source.wantedName()), tx -> add(tx, source));
    }

    String add(Transaction tx, NewSource source) throws SQLException, IOException {
        String name = uniqueName(source.wantedName());
        Long originalId = source.original() == null ? null : storeOriginal(tx, source.original(), source.sha256());
        Long caseId = source.caseName() == null ? null : store.cases().caseId(tx, source.caseName());
        long id = tx.insert("sources", ProjectStore.values(
                "guid", ProjectStore.newGuid(), "name", name, "kind", source.kind().id(), "case_id", caseId,
                "original_id", originalId, "content_sha256", source.sha256(),
                "imported_text_sha256", source.textSha256(), "text", source.text(),
                "text_version", 1, "chars", source.text().codePointCount(0, source.text().length()),
                "words", source.words(), "imported_at", Instant.now().toString(),
                "imported_from", source.importedFrom()));
        for (Turn turn : source.turns()) {
            tx.insert("turns", ProjectStore.values("source_id", id, "ordinal", turn.ordinal(),
                    "speaker", turn.speaker(), "time_ms", turn.timeMs(), "label_start", turn.label().start(),
                    "label_end", turn.label().end(), "speech_start", turn.speech().start(),
                    "speech_end", turn.speech().end()));
        }
        for (Map.Entry<String, String> attribute : new TreeMap<>(source.attributes()).entrySet()) {
            tx.insert("source_attributes", ProjectStore.values("source_id", id,
                    "attribute_id", store.cases().attributeId(tx, attribute.getKey(), AttributeType.TEXT),
                    "value", attribute.getValue()));
        }
        return name;
    }

    /** Marks (or unmarks) speaker labels as interviewer, in one source or, with null, in every source. */
    public void setRole(String sourceName, List<String> labels, SpeakerRole role) {
        for (String label : labels) {
            // A blank label matches no turn: recording it would be an operation that does nothing.
            if (label == null || label.isBlank() || org.terrain.codingschemes.TypedNames.hasControlCharacter(label)) {
                throw new org.terrain.corpus.errors.UsageException("bad_speaker_label",
                        label == null ? "" : org.terrain.codingschemes.TypedNames.visible(label));
            }
        }
        store.write(speakersMessage(sourceName, String.join(", ", labels), role), tx -> {
                    Long sourceId = sourceName == null ? null : id(sourceName);
                    for (String label : labels) {
                        Long existing = roleRow(sourceId, label);
                        String value = role.name().toLowerCase(Locale.ROOT);
                        if (existing == null) {
                            tx.insert("speaker_roles", ProjectStore.values("source_id", sourceId, "label", label,
                                    "role", value));
                        } else {
                            tx.update("speaker_roles", existing, Map.of("role", value));
                        }
                    }
                    return null;
                });
    }

    /** What a change of roles says: interviewer or participant, in every source or in one. */
    private static OperationMessage speakersMessage(String sourceName, String labels, SpeakerRole role) {
        boolean interviewer = role == SpeakerRole.INTERVIEWER;
        if (sourceName == null) {
            return (interviewer ? OperationKind.SPEAKERS_INTERVIEWER : OperationKind.SPEAKERS_PARTICIPANT).with(labels);
        }
        return (interviewer ? OperationKind.SPEAKERS_INTERVIEWER_IN : OperationKind.SPEAKERS_PARTICIPANT_IN)
                .with(labels, sourceName);
    }

    /**
     * The speaker labels of one source (or, with null, of every source) in order of first appearance, with
     * their turn counts and the role in force: for a source its own, else the project-wide one, else
     * interviewer for {@code ENQ} and participant for any other; project-wide, the project-wide role, else
     * that default.
     */
    public List<SpeakerInfo> speakerInfo(String sourceName) {
        synchronized (store) {
            try {
                Long sourceId = sourceName == null ? null : id(sourceName);
                Map<String, SpeakerRole> roles = sourceId == null ? projectRoles() : roles(sourceId);
                List<SpeakerInfo> out = new ArrayList<>();
                try (PreparedStatement st = c().prepareStatement("SELECT speaker, count(*) FROM turns "
                        + (sourceId == null ? "" : "WHERE source_id = ? ") + "GROUP BY speaker ORDER BY min(id)")) {
                    if (sourceId != null) {
                        st.setLong(1, sourceId);
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            String label = rs.getString(1);
                            out.add(new SpeakerInfo(label, rs.getInt(2), roles.getOrDefault(label,
                                    DEFAULT_INTERVIEWER.equals(label) ? SpeakerRole.INTERVIEWER : SpeakerRole.PARTICIPANT)));
                        }
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private Map<String, SpeakerRole> projectRoles() throws SQLException {
        Map<String, SpeakerRole> out = new LinkedHashMap<>();
        try (PreparedStatement st = c().prepareStatement("SELECT label, role FROM speaker_roles WHERE source_id IS NULL");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), SpeakerRole.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** What an edit did to the codings: the segments removed because all their words were deleted. */
    public record EditResult(int textVersion, List<String> removedSegments) {
    }

    /**
     * Corrects the canonical text of a source, replacing {@code range} (code points) by {@code replacement}
     * (made canonical). Codings and turns are re-anchored to the same words ({@link TextEdit}); a coding whose
     * words were all deleted is removed and named in the result; the text version goes up; word counts are
     * recomputed by {@code wordCounter}. One operation: undo brings everything back.
     */
    public EditResult edit(String name, Span range, String replacement, java.util.function.ToIntFunction<Source> wordCounter) {
        return edit(name, List.of(new TextReplacement(range.start(), range.end(), replacement)),
                OperationKind.SOURCE_EDIT.with(name, range.start(), range.end()), wordCounter);
    }

    /**
     * Several corrections of one source as one operation (one undo), as the app's correction mode makes them
     * ({@link org.terrain.corpus.text.TextDiff}): {@code changes} in order, not overlapping, positions in code
     * points of the text before any of them. Codings and turns follow their words through each change; a coding
     * left without a letter or digit of its own is removed and named in the result.
     */
    public EditResult edit(String name, List<TextReplacement> changes, java.util.function.ToIntFunction<Source> wordCounter) {
        return edit(name, changes, OperationKind.SOURCE_CORRECT.with(name, changes.size()), wordCounter);
    }

    private EditResult edit(String name, List<TextReplacement> changes, OperationMessage message,
                            java.util.function.ToIntFunction<Source> wordCounter) {
        Source source = get(name);
        org.terrain.corpus.text.CodePointIndex index = new org.terrain.corpus.text.CodePointIndex(source.text());
        StringBuilder joined = new StringBuilder();
        List<TextEdit> edits = new ArrayList<>();
        int at = 0;
        for (TextReplacement change : changes) {
            if (change.start() < at || change.end() > index.codePointLength()) {
                throw new org.terrain.corpus.errors.RangeOutOfBoundsException(name, change.start(), change.end(),
                        index.codePointLength());
            }
            String inserted = org.terrain.corpus.text.CanonicalText.of(change.text());
            joined.append(index.substring(at, change.start())).append(inserted);
            edits.add(new TextEdit(change.start(), change.end(), inserted.codePointCount(0, inserted.length())));
            at = change.end();
        }
        joined.append(index.substring(at, index.codePointLength()));
        String text = org.terrain.corpus.text.CanonicalText.of(joined.toString());
        // Right to left: each change leaves the positions before it, where the next one applies, as they were.
        List<TextEdit> rightToLeft = edits.reversed();
        int version = source.textVersion() + 1;
        List<String> removed = new ArrayList<>();
        org.terrain.corpus.text.CodePointIndex after = new org.terrain.corpus.text.CodePointIndex(text);
        store.write(message, tx -> {
            for (long turnId : ids("SELECT id FROM turns WHERE source_id = ?", source.id())) {
                Map<String, Object> turn = tx.row("turns", turnId);
                Span label = moved(rightToLeft, span(turn, "label_start", "label_end"));
                Span speech = moved(rightToLeft, span(turn, "speech_start", "speech_end"));
                int place = label != null ? label.end() : speech != null ? speech.start()
                        : moved(rightToLeft, new Span(changes.getFirst().start(), changes.getFirst().start())).start();
                tx.update("turns", turnId, ProjectStore.values(
                        "label_start", label == null ? place : label.start(), "label_end", label == null ? place : label.end(),
                        "speech_start", speech == null ? place : speech.start(), "speech_end", speech == null ? place : speech.end()));
            }
            for (SegmentInfo segment : store.segments().list(null, name)) {
                Span moved = moved(rightToLeft, segment.segment().span());
                if (moved == null || !hasWords(after, moved)) {
                    removed.add(segment.code() + " « " + segment.text() + " »");
                    tx.delete("segments", segment.segment().id());
                } else {
                    tx.update("segments", segment.segment().id(), ProjectStore.values("start_cp", moved.start(),
                            "end_cp", moved.end(), "text_version", version));
                }
            }
            Source edited = new Source(source.id(), source.guid(), source.name(), source.kind(), source.caseName(),
                    text, version, turns(source.id()), source.attributes(), source.speakerRoles(), source.imported());
            tx.update("sources", source.id(), ProjectStore.values("text", text, "text_version", version,
                    "chars", text.codePointCount(0, text.length()), "words", wordCounter.applyAsInt(edited)));
            return null;
        });
        return new EditResult(version, removed);
    }

    /** Where a span is after every change (applied right to left), or null once all its words are gone. */
    private static Span moved(List<TextEdit> rightToLeft, Span span) {
        Span now = span;
        for (TextEdit edit : rightToLeft) {
            now = edit.apply(now);
            if (now == null) {
                return null;
            }
        }
        return now;
    }

    /** Whether a stretch still holds a letter or digit: a coding left with blanks and commas has lost its words. */
    private static boolean hasWords(org.terrain.corpus.text.CodePointIndex index, Span span) {
        int end = Math.min(span.end(), index.codePointLength());
        int start = Math.min(span.start(), end);
        return index.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static Span span(Map<String, Object> row, String start, String end) {
        return new Span(((Number) row.get(start)).intValue(), ((Number) row.get(end)).intValue());
    }

    /** Deletes a source with its turns, attributes, roles, segments and set memberships, after a backup. */
    public void delete(String name) {
        store.backup(Backups.Reason.BEFORE_DELETE);
        store.write(OperationKind.SOURCE_DELETE.with(name), tx -> {
            long id = id(name);
            for (String table : List.of("segments", "turns", "source_attributes", "speaker_roles", "set_members")) {
                for (long row : ids("SELECT id FROM " + table + " WHERE source_id = ?", id)) {
                    tx.delete(table, row);
                }
            }
            MemoStore.deleteOf(tx, org.terrain.corpus.model.Memo.MemoTarget.SOURCE, id);
            tx.delete("sources", id);
            return null;
        });
    }

    /** A source as the search index needs to know it: identity and text version, without the text. */
    public record Version(long id, String name, SourceKind kind, int textVersion) {
    }

    /** Every source's id, name, kind and text version: what derived data compares to know it is stale. */
    public List<Version> versions() {
        synchronized (store) {
            List<Version> out = new ArrayList<>();
            try (PreparedStatement st = c().prepareStatement("SELECT id, name, kind, text_version FROM sources ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Version(rs.getLong(1), rs.getString(2),
                            SourceKind.parse(rs.getString(3)).orElse(SourceKind.OTHER), rs.getInt(4)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /**
     * The ids of the sources that pass every filter given (null or empty: no filter): of this kind, of this
     * case, and for each attribute one of its values (the source's own value, else its case's).
     */
    public java.util.Set<Long> matching(SourceKind kind, String caseName, Map<String, List<String>> attributes) {
        synchronized (store) {
            try {
                java.util.Set<Long> ids = new java.util.HashSet<>(ids("SELECT id FROM sources"));
                if (kind != null) {
                    ids.retainAll(ids("SELECT id FROM sources WHERE kind = ?", kind.id()));
                }
                if (caseName != null) {
                    ids.retainAll(ids("SELECT s.id FROM sources s JOIN cases c ON c.id = s.case_id WHERE c.name = ?",
                            caseName));
                }
                for (Map.Entry<String, List<String>> attribute : attributes.entrySet()) {
                    List<Object> args = new ArrayList<>(List.of(attribute.getKey(), attribute.getKey()));
                    args.addAll(attribute.getValue());
                    ids.retainAll(ids("SELECT s.id FROM sources s "
                            + "LEFT JOIN source_attributes sa ON sa.source_id = s.id "
                            + "AND sa.attribute_id = (SELECT id FROM attributes WHERE name = ?) "
                            + "LEFT JOIN case_attributes ca ON ca.case_id = s.case_id "
                            + "AND ca.attribute_id = (SELECT id FROM attributes WHERE name = ?) "
                            + "WHERE coalesce(sa.value, ca.value) IN ("
                            + String.join(", ", java.util.Collections.nCopies(attribute.getValue().size(), "?")) + ")",
                            args.toArray()));
                }
                return ids;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    public List<String> names() {
        synchronized (store) {
            List<String> names = new ArrayList<>();
            try (PreparedStatement st = c().prepareStatement("SELECT name FROM sources ORDER BY name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    public List<SourceSummary> summaries() {
        synchronized (store) {
            List<SourceSummary> out = new ArrayList<>();
            try {
                for (String name : names()) {
                    Source s = get(name);
                    out.add(new SourceSummary(s.name(), s.kind(), s.caseName(), s.text().codePointCount(0,
                            s.text().length()), words(s.id()), s.turns().size(), speakers(s),
                            interviewers(s), s.attributes()));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** The whole source with its text and turns, or {@link UnknownSourceException}. */
    public Source get(String name) {
        synchronized (store) {
            try (PreparedStatement st = c().prepareStatement(
                    "SELECT s.id, s.guid, s.name, s.kind, c.name, s.text, s.text_version, s.imported_at "
                            + "FROM sources s LEFT JOIN cases c ON c.id = s.case_id WHERE s.name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownSourceException(name);
                    }
                    long id = rs.getLong(1);
                    return new Source(id, rs.getString(2), rs.getString(3),
                            SourceKind.parse(rs.getString(4)).orElse(SourceKind.OTHER), rs.getString(5),
                            rs.getString(6), rs.getInt(7), turns(id), attributes(id), roles(id),
                            Instant.parse(rs.getString(8)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    long id(String name) throws SQLException {
        List<Long> found = ids("SELECT id FROM sources WHERE name = ?", name);
        if (found.isEmpty()) {
            throw new UnknownSourceException(name);
        }
        return found.getFirst();
    }

    /**
     * The interviewer labels of every source, by source id, under the same rule as {@link #interviewers}: the
     * source's own role, else the project-wide one, else {@code ENQ}. Read without loading any text.
     */
    public Map<Long, java.util.Set<String>> interviewerLabels() {
        synchronized (store) {
            Map<Long, java.util.Set<String>> out = new java.util.HashMap<>();
            try (PreparedStatement st = c().prepareStatement("SELECT DISTINCT t.source_id, t.speaker, "
                    + "(SELECT role FROM speaker_roles r WHERE r.source_id = t.source_id AND r.label = t.speaker), "
                    + "(SELECT role FROM speaker_roles r WHERE r.source_id IS NULL AND r.label = t.speaker) "
                    + "FROM turns t"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String own = rs.getString(3);
                    String global = rs.getString(4);
                    String role = own != null ? own : global != null ? global
                            : DEFAULT_INTERVIEWER.equals(rs.getString(2)) ? "interviewer" : "participant";
                    if (role.equals("interviewer")) {
                        out.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** Speaker labels in order of first appearance. */
    public static List<String> speakers(Source source) {
        Set<String> labels = new LinkedHashSet<>();
        source.turns().forEach(t -> labels.add(t.speaker()));
        return List.copyOf(labels);
    }

    /** The labels of this source that are interviewers: marked so here, else everywhere, else {@code ENQ}. */
    public static List<String> interviewers(Source source) {
        return speakers(source).stream()
                .filter(label -> source.speakerRoles().getOrDefault(label,
                        DEFAULT_INTERVIEWER.equals(label) ? SpeakerRole.INTERVIEWER : SpeakerRole.PARTICIPANT)
                        == SpeakerRole.INTERVIEWER)
                .toList();
    }

    private List<Turn> turns(long sourceId) throws SQLException {
        List<Turn> turns = new ArrayList<>();
        try (PreparedStatement st = c().prepareStatement("SELECT ordinal, speaker, time_ms, label_start, label_end, "
                + "speech_start, speech_end FROM turns WHERE source_id = ? ORDER BY ordinal")) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    turns.add(new Turn(rs.getInt(1), rs.getString(2), rs.getLong(3),
                            new Span(rs.getInt(4), rs.getInt(5)), new Span(rs.getInt(6), rs.getInt(7))));
                }
            }
        }
        return turns;
    }

    /** The case's attributes, overridden by the source's own: a source belongs to its case's row of the table. */
    private Map<String, String> attributes(long sourceId) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        List<Long> caseId = ids("SELECT case_id FROM sources WHERE id = ? AND case_id IS NOT NULL", sourceId);
        if (!caseId.isEmpty()) {
            out.putAll(store.cases().attributes(caseId.getFirst()));
        }
        try (PreparedStatement st = c().prepareStatement("SELECT a.name, v.value FROM source_attributes v "
                + "JOIN attributes a ON a.id = v.attribute_id WHERE v.source_id = ?")) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Roles in force for this source: project-wide ones, overridden by the source's own. */
    private Map<String, SpeakerRole> roles(long sourceId) throws SQLException {
        Map<String, SpeakerRole> out = new LinkedHashMap<>();
        try (PreparedStatement st = c().prepareStatement("SELECT label, role FROM speaker_roles "
                + "WHERE source_id IS NULL OR source_id = ? ORDER BY source_id IS NOT NULL")) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), SpeakerRole.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }

    private int words(long sourceId) throws SQLException {
        try (PreparedStatement st = c().prepareStatement("SELECT words FROM sources WHERE id = ?")) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The file name, or "name (2)", "name (3)"… when taken, as the contract says. */
    private String uniqueName(String wanted) throws SQLException {
        String candidate = wanted;
        for (int n = 2; !ids("SELECT id FROM sources WHERE name = ?", candidate).isEmpty(); n++) {
            candidate = wanted + " (" + n + ")";
        }
        return candidate;
    }

    /**
     * Copies the original into {@code originals/ab/abcdef….ext} once per content. The copy lands before the
     * transaction commits; a crash in between leaves an unreferenced file, never a row without its file.
     */
    private long storeOriginal(Transaction tx, Path file, String sha256) throws SQLException, IOException {
        List<Long> existing = ids("SELECT id FROM originals WHERE sha256 = ?", sha256);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : "";
        Path relative = Path.of(sha256.substring(0, 2), sha256 + extension);
        Path target = store.layout().originals().resolve(relative);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return tx.insert("originals", ProjectStore.values("sha256", sha256, "file_name", fileName,
                "size", Files.size(file), "stored_path", relative.toString().replace('\\', '/')));
    }

    private Long roleRow(Long sourceId, String label) throws SQLException {
        List<Long> found = sourceId == null
                ? ids("SELECT id FROM speaker_roles WHERE source_id IS NULL AND label = ?", label)
                : ids("SELECT id FROM speaker_roles WHERE source_id = ? AND label = ?", sourceId, label);
        return found.isEmpty() ? null : found.getFirst();
    }

    List<Long> ids(String sql, Object... args) throws SQLException {
        return Queries.ids(c(), sql, args);
    }

    private Connection c() {
        return store.connection();
    }
}
