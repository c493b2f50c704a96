package org.terrain.corpus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.TextDiff;
import org.terrain.corpus.text.TextFingerprint;
import org.terrain.corpus.text.TextReplacement;

/**
 * Brings another copy of a project (read as a {@link ExchangeStore.Snapshot}: a project folder or a REFI-QDA
 * file) into this one: its codings under their own coders, the codes they need, its memos. Nothing of this
 * project is overwritten, and what is here already is not added again, so merging twice adds nothing.
 *
 * <ul>
 *   <li>Coders: by id, then by name; a coding without one takes the default coder when one is given.</li>
 *   <li>Sources: by the fingerprint of their text. A source corrected in one copy (same GUID, same name, or the
 *       text this one was imported with) has its codings moved to the same words, as a correction moves them
 *       ({@link TextDiff}, {@link TextEdit}); a coding whose words are gone is reported, not guessed. A source
 *       found in neither way is listed, its codings left out: sources come in by {@code import}.</li>
 *   <li>Codes: by GUID, then by path. A path this project has under another GUID is reported and its codings go
 *       to this project's code (one code per path: two would split one idea in two).</li>
 *   <li>Codings: one per source, code, span and coder; one already here is left as it is.</li>
 *   <li>Memos: a journal entry is added unless the journal has the same one. A memo of the project, a source or
 *       a code is one text: when this project has another, the copy's comes after it, under its author's name
 *       (appended, never replacing); a segment's memo the same way.</li>
 * </ul>
 * The whole merge is one action of the log (one undo), in one transaction: a merge killed half way left none of
 * it. {@link #preview} runs the same steps without writing.
 */
public final class ProjectMerge {
    /** Something of the copy that came in otherwise than as it was, or not at all. */
    public record Conflict(String kind, String subject, String detail) {
        /** A code of the copy has the path of a code of this project under another GUID. */
        public static final String CODE_GUID = "code_guid";
        /** A coding of a corrected source whose words are no longer in this project's text. */
        public static final String CODING_LOST = "coding_lost";
        /** Codings that name no coder, and no {@code --coder} named one: they came in without a coder. */
        public static final String NO_CODER = "no_coder";
        /** A memo of the copy differs from this project's: appended after it, under its author. */
        public static final String MEMO_APPENDED = "memo_appended";
    }

    /**
     * What a merge did, or would do.
     *
     * @param sourcesReanchored the sources matched as corrected in one copy, their codings moved to the same words
     * @param sourcesUnmatched  the copy's sources this project does not have; their codings were left out
     * @param codingsPresent    codings of the copy this project already has (same source, code, span, coder)
     * @param codingsLeftOut    codings left out with their source (unmatched) or their words (lost)
     */
    public record Report(int codingsAdded, int codesAdded, int codersAdded, int memosAdded, int sourcesMatched,
                         List<String> sourcesReanchored, List<String> sourcesUnmatched, List<Conflict> conflicts,
                         int codingsPresent, int codingsLeftOut, boolean dryRun) {
    }

    /** Where the rows go: the transaction, or nowhere for a preview (new rows get ids of their own, negative). */
    private interface Rows {
        long insert(String table, Map<String, Object> values) throws SQLException;

        void update(String table, long id, Map<String, Object> values) throws SQLException;
    }

    /** A source of this project: what a source of the copy is matched against. */
    private record Here(long id, String guid, String name, String text, int textVersion, String importedSha) {
    }

    /** The source of this project a source of the copy is, and how its positions move here (null: they don't). */
    private record Match(Here here, List<TextEdit> rightToLeft) {
    }

    private final Connection c;
    private final Rows rows;
    private final ExchangeStore.Snapshot other;
    private final String defaultCoder;
    private final String now = Instant.now().toString();

    private final Map<String, String> otherCoderNames = new HashMap<>();
    private final Map<String, Long> coderIds = new HashMap<>();
    private final Map<String, Long> codeIds = new HashMap<>();
    private final Map<String, CodePath> codePaths = new HashMap<>();
    private final Map<String, Match> matches = new HashMap<>();
    private final List<String> reanchored = new ArrayList<>();
    private final List<String> unmatched = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private int codesAdded;
    private int codersAdded;
    private int codingsAdded;
    private int memosAdded;
    private int codingsPresent;
    private int codingsLeftOut;
    private int withoutCoder;

    private ProjectMerge(Connection c, Rows rows, ExchangeStore.Snapshot other, String defaultCoder) {
        this.c = c;
        this.rows = rows;
        this.other = other;
        this.defaultCoder = defaultCoder == null || defaultCoder.isBlank() ? null : defaultCoder.strip();
        other.coders().forEach(coder -> otherCoderNames.put(coder.guid(), coder.name()));
    }

    /** What {@link #merge} would do, changing nothing. */
    public static Report preview(ProjectStore store, ExchangeStore.Snapshot other, String defaultCoder) {
        synchronized (store) {
            long[] fake = {0};
            Rows nowhere = new Rows() {
                @Override
                public long insert(String table, Map<String, Object> values) {
                    return --fake[0];
                }

                @Override
                public void update(String table, long id, Map<String, Object> values) {
                    // a preview writes nothing
                }
            };
            try {
                return new ProjectMerge(store.connection(), nowhere, other, defaultCoder).run(true);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /**
     * Merges {@code other} as one action of the log, named by {@code copyName} (the folder or file it came
     * from); {@code defaultCoder} is the coder of its codings that name none (null: they come in without one).
     */
    public static Report merge(ProjectStore store, ExchangeStore.Snapshot other, String copyName,
                               String defaultCoder) {
        Report[] report = new Report[1];
        store.write(OperationKind.MERGE.with(copyName), tx -> {
            Rows transaction = new Rows() {
                @Override
                public long insert(String table, Map<String, Object> values) throws SQLException {
                    return tx.insert(table, values);
                }

                @Override
                public void update(String table, long id, Map<String, Object> values) throws SQLException {
                    tx.update(table, id, values);
                }
            };
            report[0] = new ProjectMerge(store.connection(), transaction, other, defaultCoder).run(false);
            return null;
        });
        return report[0];
    }

    /**
     * Whether every source of {@code other} that has a text is already one of this project's (the same GUID, or
     * the same text now or as imported), and there is one: {@code other} is this project, exported, or a copy
     * of it. Importing it would make every source twice; merging it is what brings its codings in.
     */
    public static boolean isCopyOf(ProjectStore store, ExchangeStore.Snapshot other) {
        synchronized (store) {
            try {
                Set<String> guids = new HashSet<>();
                Set<String> texts = new HashSet<>();
                try (PreparedStatement st = store.connection().prepareStatement(
                        "SELECT guid, text, imported_text_sha256 FROM sources");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        guids.add(rs.getString(1));
                        String now = TextFingerprint.of(rs.getString(2));
                        if (now != null) {
                            texts.add(now);
                        }
                        if (rs.getString(3) != null) {
                            texts.add(rs.getString(3));
                        }
                    }
                }
                int withText = 0;
                for (ExchangeStore.Src source : other.sources()) {
                    String fingerprint = TextFingerprint.of(source.text());
                    if (fingerprint == null) {
                        continue;
                    }
                    withText++;
                    if (!guids.contains(source.guid()) && !texts.contains(fingerprint)) {
                        return false;
                    }
                }
                return withText > 0;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private Report run(boolean dryRun) throws SQLException {
        mapCodes();
        matchSources();
        addCodings();
        addMemos();
        if (withoutCoder > 0) {
            conflicts.add(new Conflict(Conflict.NO_CODER, String.valueOf(withoutCoder), "--coder NAME"));
        }
        return new Report(codingsAdded, codesAdded, codersAdded, memosAdded, matches.size(), List.copyOf(reanchored),
                List.copyOf(unmatched), List.copyOf(conflicts), codingsPresent, codingsLeftOut, dryRun);
    }

    // ---------------------------------------------------------------- codes

    /** Codes are listed parents first: a parent is mapped before its children. */
    private void mapCodes() throws SQLException {
        for (ExchangeStore.Code code : other.codes()) {
            CodePath parentPath = code.parentGuid() == null ? null : codePaths.get(code.parentGuid());
            CodePath path = parentPath == null ? CodePath.of(code.name()) : parentPath.child(code.name());
            codePaths.put(code.guid(), path);
            List<Long> byGuid = ids("SELECT id FROM codes WHERE guid = ?", code.guid());
            if (!byGuid.isEmpty()) {
                codeIds.put(code.guid(), byGuid.getFirst());
                continue;
            }
            Long parent = code.parentGuid() == null ? null : codeIds.get(code.parentGuid());
            List<Long> byPath = ids("SELECT id FROM codes WHERE ifnull(parent_id, 0) = ? AND name = ?",
                    parent == null ? 0L : parent, code.name());
            if (!byPath.isEmpty()) {
                codeIds.put(code.guid(), byPath.getFirst());
                String guidHere = Queries.strings(c, "SELECT guid FROM codes WHERE id = ?", byPath.getFirst()).getFirst();
                conflicts.add(new Conflict(Conflict.CODE_GUID, path.toString(), guidHere + " ≠ " + code.guid()));
                continue;
            }
            String color = code.color() != null && code.color().strip().matches("#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}")
                    ? CodeColors.normalize(code.color()) : CodeColors.forIndex(count("codes") + codesAdded);
            codeIds.put(code.guid(), rows.insert("codes", ProjectStore.values("guid", guidOr(code.guid(), "codes"),
                    "parent_id", parent, "name", code.name(), "color", color, "description", code.description(),
                    "created_at", now, "inclusion", code.inclusion(), "exclusion", code.exclusion(),
                    "example", code.example())));
            codesAdded++;
        }
    }

    // ---------------------------------------------------------------- sources

    private void matchSources() throws SQLException {
        List<Here> here = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, guid, name, text, text_version, imported_text_sha256 FROM sources ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                here.add(new Here(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6)));
            }
        }
        Map<String, List<Here>> byText = new HashMap<>();
        Map<String, Here> byGuid = new HashMap<>();
        Map<String, Here> byName = new HashMap<>();
        Map<String, Here> byImported = new HashMap<>();
        for (Here h : here) {
            String fingerprint = TextFingerprint.of(h.text());
            if (fingerprint != null) {
                byText.computeIfAbsent(fingerprint, k -> new ArrayList<>()).add(h);
            }
            byGuid.put(h.guid(), h);
            byName.put(h.name(), h);
            if (h.importedSha() != null) {
                byImported.putIfAbsent(h.importedSha(), h);
            }
        }
        for (ExchangeStore.Src source : other.sources()) {
            String fingerprint = TextFingerprint.of(source.text());
            if (fingerprint == null) { // a placeholder without its text: nothing to place codings on
                unmatched.add(source.name());
                continue;
            }
            List<Here> same = byText.getOrDefault(fingerprint, List.of());
            if (!same.isEmpty()) {
                Here chosen = same.stream().filter(h -> h.guid().equals(source.guid())).findFirst()
                        .orElse(same.getFirst());
                matches.put(source.guid(), new Match(chosen, null));
                continue;
            }
            Here corrected = byGuid.get(source.guid());
            if (corrected == null) {
                corrected = byImported.get(fingerprint);
            }
            if (corrected == null) {
                corrected = byName.get(source.name());
            }
            if (corrected == null || corrected.text().isEmpty()) {
                unmatched.add(source.name());
                continue;
            }
            matches.put(source.guid(), new Match(corrected, edits(source.text(), corrected.text())));
            reanchored.add(corrected.name());
        }
    }

    /** The word-level changes from the copy's text to this one's, right to left as {@link TextEdit}s apply. */
    private static List<TextEdit> edits(String theirs, String ours) {
        List<TextEdit> edits = new ArrayList<>();
        for (TextReplacement change : TextDiff.between(theirs, ours)) {
            edits.add(new TextEdit(change.start(), change.end(),
                    change.text().codePointCount(0, change.text().length())));
        }
        return edits.reversed();
    }

    // ---------------------------------------------------------------- codings

    private void addCodings() throws SQLException {
        Map<Long, CodePointIndex> texts = new HashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        for (ExchangeStore.Segment segment : other.segments()) {
            Match match = matches.get(segment.sourceGuid());
            Long codeId = codeIds.get(segment.codeGuid());
            if (match == null || codeId == null) {
                codingsLeftOut++;
                continue;
            }
            Here source = match.here();
            CodePointIndex text = texts.computeIfAbsent(source.id(), id -> new CodePointIndex(source.text()));
            Span span = moved(match, new Span(segment.start(), segment.end()));
            if (span == null || span.end() > text.codePointLength() || !hasWords(text, span)) {
                codingsLeftOut++;
                conflicts.add(new Conflict(Conflict.CODING_LOST, source.name(), codePaths.get(segment.codeGuid())
                        + " " + segment.start() + "–" + segment.end()));
                continue;
            }
            Long coderId = coder(segment.coderGuid());
            if (coderId == null) {
                withoutCoder++;
            }
            List<Object> key = java.util.Arrays.asList(source.id(), codeId, span.start(), span.end(),
                    coderId == null ? 0L : coderId);
            if (!seen.add(key)) {
                continue; // the copy repeats a coding (NVivo writes one selection per coding)
            }
            List<Long> present = ids("SELECT id FROM segments WHERE source_id = ? AND code_id = ? AND start_cp = ? "
                            + "AND end_cp = ? AND ifnull(coder_id, 0) = ifnull(?, 0)", source.id(), codeId,
                    span.start(), span.end(), coderId);
            if (!present.isEmpty()) {
                codingsPresent++;
                appendSegmentMemo(present.getFirst(), segment.memo());
                continue;
            }
            String created = segment.createdAt() == null ? now : segment.createdAt();
            rows.insert("segments", ProjectStore.values("guid", guidOr(segment.guid(), "segments"),
                    "source_id", source.id(), "code_id", codeId, "start_cp", span.start(), "end_cp", span.end(),
                    "text_version", source.textVersion(), "coder_id", coderId, "created_at", created,
                    "modified_at", segment.modifiedAt() == null ? created : segment.modifiedAt(),
                    "memo", blankToNull(segment.memo())));
            codingsAdded++;
        }
    }

    private static Span moved(Match match, Span span) {
        if (match.rightToLeft() == null) {
            return span;
        }
        Span now = span;
        for (TextEdit edit : match.rightToLeft()) {
            now = edit.apply(now);
            if (now == null) {
                return null;
            }
        }
        return now;
    }

    /** A coding left with blanks and commas has lost its words: as a correction judges it. */
    private static boolean hasWords(CodePointIndex text, Span span) {
        return text.substring(span.start(), span.end()).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** This project's coder of a coder of the copy: by id, then by name, else a new one; null for none. */
    private Long coder(String otherGuid) throws SQLException {
        String key = otherGuid == null ? "\0default" : otherGuid;
        if (coderIds.containsKey(key)) {
            return coderIds.get(key);
        }
        Long id;
        if (otherGuid == null) {
            id = defaultCoder == null ? null : coderNamed(null, defaultCoder);
        } else {
            List<Long> byGuid = ids("SELECT id FROM coders WHERE guid = ?", otherGuid);
            id = byGuid.isEmpty() ? coderNamed(otherGuid, otherCoderNames.getOrDefault(otherGuid, otherGuid))
                    : byGuid.getFirst();
        }
        coderIds.put(key, id);
        return id;
    }

    private long coderNamed(String guid, String name) throws SQLException {
        List<Long> byName = ids("SELECT id FROM coders WHERE name = ?", name);
        if (!byName.isEmpty()) {
            return byName.getFirst();
        }
        codersAdded++;
        return rows.insert("coders", ProjectStore.values("guid", guid == null ? ProjectStore.newGuid()
                : guidOr(guid, "coders"), "name", name));
    }

    private void appendSegmentMemo(long segmentId, String memo) throws SQLException {
        String theirs = blankToNull(memo);
        if (theirs == null) {
            return;
        }
        String ours = Queries.strings(c, "SELECT memo FROM segments WHERE id = ?", segmentId).getFirst();
        if (ours == null || !ours.contains(theirs)) {
            rows.update("segments", segmentId, ProjectStore.values("memo", ours == null ? theirs
                    : ours + "\n\n" + theirs));
            memosAdded++;
        }
    }

    // ---------------------------------------------------------------- memos

    private void addMemos() throws SQLException {
        for (ExchangeStore.Memo memo : other.memos()) {
            String body = blankToNull(memo.body());
            if (body == null) {
                continue;
            }
            Long targetId = switch (memo.target()) {
                case ExchangeStore.Memo.SOURCE -> {
                    Match match = matches.get(memo.targetGuid());
                    yield match == null ? null : match.here().id();
                }
                case ExchangeStore.Memo.CODE -> codeIds.get(memo.targetGuid());
                case ExchangeStore.Memo.PROJECT, ExchangeStore.Memo.JOURNAL -> MemoStore.PROJECT_ROW;
                default -> null;
            };
            if (targetId == null) {
                continue;
            }
            if (memo.target().equals(ExchangeStore.Memo.JOURNAL)) {
                if (ids("SELECT id FROM memos WHERE target = 'journal' AND body = ? AND ifnull(title, '') = ?",
                        body, memo.title() == null ? "" : memo.title()).isEmpty()) {
                    insertMemo(memo, targetId, body);
                }
                continue;
            }
            List<Long> ours = ids("SELECT id FROM memos WHERE target = ? AND target_id = ? ORDER BY id",
                    memo.target(), targetId);
            if (ours.isEmpty()) {
                insertMemo(memo, targetId, body);
                continue;
            }
            String text = Queries.strings(c, "SELECT body FROM memos WHERE id = ?", ours.getFirst()).getFirst();
            if (!text.contains(body)) {
                String signed = "— " + (memo.author() == null ? "?" : memo.author()) + " :\n" + body;
                rows.update("memos", ours.getFirst(), ProjectStore.values("body", text + "\n\n" + signed,
                        "modified_at", now));
                memosAdded++;
                conflicts.add(new Conflict(Conflict.MEMO_APPENDED, memo.target(), memo.author()));
            }
        }
    }

    private void insertMemo(ExchangeStore.Memo memo, long targetId, String body) throws SQLException {
        String created = memo.createdAt() == null ? now : memo.createdAt();
        rows.insert("memos", ProjectStore.values("guid", guidOr(memo.guid(), "memos"), "target", memo.target(),
                "target_id", targetId, "title", memo.title(), "body", body, "author", memo.author(),
                "created_at", created, "modified_at", memo.modifiedAt() == null ? created : memo.modifiedAt()));
        memosAdded++;
    }

    // ---------------------------------------------------------------- helpers

    private static final java.util.regex.Pattern GUID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The copy's GUID when it is one and this project does not use it, else a new one. */
    private String guidOr(String wanted, String table) throws SQLException {
        if (wanted == null || !GUID.matcher(wanted).matches()
                || !ids("SELECT id FROM " + table + " WHERE guid = ?", wanted).isEmpty()) {
            return ProjectStore.newGuid();
        }
        return wanted;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private int count(String table) throws SQLException {
        return ids("SELECT count(*) FROM " + table).getFirst().intValue();
    }

    private List<Long> ids(String sql, Object... args) throws SQLException {
        return Queries.ids(c, sql, args);
    }
}
