package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Memo;
import org.terrain.corpus.model.Memo.MemoTarget;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.text.TextFolding;

/**
 * The researcher's writing about the project: one memo on the project, on a source, on a code (writing a blank
 * one removes it), and the project journal, dated entries with a title. Every change goes through
 * {@link ProjectStore#write}, so one undo takes it back. Segments keep their memo on themselves
 * ({@link SegmentStore#setMemo}); {@link #list} and {@link #search} show them with the others.
 *
 * <p>A journal entry's date is the day it speaks of: {@code created_at} holds it (the researcher may write
 * Monday's entry on Tuesday); {@code modified_at} is when it was last written.
 */
public final class MemoStore {
    /** The target_id of project-wide memos and journal entries: the project table's only row. */
    static final long PROJECT_ROW = 1;

    /** The author is the memo's coder by its name today (a renamed coder is renamed here too), else as written. */
    private static final String COLUMNS = "id, guid, target, target_id, title, body, "
            + "ifnull((SELECT name FROM coders WHERE coders.id = memos.coder_id), author), created_at, modified_at";

    private final ProjectStore store;

    MemoStore(ProjectStore store) {
        this.store = store;
    }

    public Optional<Memo> ofProject() {
        return one(MemoTarget.PROJECT, PROJECT_ROW);
    }

    public Optional<Memo> ofSource(String sourceName) {
        return one(MemoTarget.SOURCE, sourceId(sourceName));
    }

    public Optional<Memo> ofCode(CodePath code) {
        return one(MemoTarget.CODE, store.codes().get(code).id());
    }

    /** Sets the project's memo; a blank text removes it. */
    public void setOnProject(String body) {
        set(MemoTarget.PROJECT, PROJECT_ROW, body, OperationKind.MEMO_PROJECT.with());
    }

    /** Sets the memo of a source; a blank text removes it. */
    public void setOnSource(String sourceName, String body) {
        set(MemoTarget.SOURCE, sourceId(sourceName), body, OperationKind.MEMO_SOURCE.with(sourceName));
    }

    /** Sets the memo of a code; a blank text removes it. */
    public void setOnCode(CodePath code, String body) {
        set(MemoTarget.CODE, store.codes().get(code).id(), body, OperationKind.MEMO_CODE.with(code));
    }

    private void set(MemoTarget target, long targetId, String body, OperationMessage message) {
        String text = body == null || body.isBlank() ? null : body.strip();
        store.write(message, tx -> {
            Optional<Memo> existing = one(target, targetId);
            String now = Instant.now().toString();
            if (existing.isPresent() && text == null) {
                tx.delete("memos", existing.get().id());
            } else if (existing.isPresent()) {
                if (!text.equals(existing.get().body())) {
                    tx.update("memos", existing.get().id(), ProjectStore.values("body", text, "modified_at", now,
                            "author", store.who(), "coder_id", tx.coderId()));
                }
            } else if (text != null) {
                tx.insert("memos", ProjectStore.values("guid", ProjectStore.newGuid(), "target", column(target),
                        "target_id", targetId, "title", null, "body", text, "author", store.who(),
                        "coder_id", tx.coderId(), "created_at", now, "modified_at", now));
            }
            return null;
        });
    }

    /** Writes a journal entry dated {@code date} (the day it speaks of); returns it. */
    public Memo addJournalEntry(Instant date, String title, String body) {
        String cleanTitle = clean(title);
        long id = store.write(OperationKind.JOURNAL_ADD.with(label(cleanTitle, date)), tx ->
                tx.insert("memos", ProjectStore.values("guid", ProjectStore.newGuid(), "target", column(MemoTarget.JOURNAL),
                        "target_id", PROJECT_ROW, "title", cleanTitle, "body", body == null ? "" : body.strip(),
                        "author", store.who(), "coder_id", tx.coderId(), "created_at", date.toString(),
                        "modified_at", Instant.now().toString())));
        return journalEntry(id);
    }

    /** Rewrites a journal entry: its date, title and text. Writing what it already says changes nothing. */
    public void editJournalEntry(long id, Instant date, String title, String body) {
        Memo entry = journalEntry(id);
        String cleanTitle = clean(title);
        String text = body == null ? "" : body.strip();
        if (entry.created().equals(date) && java.util.Objects.equals(entry.title(), cleanTitle)
                && entry.body().equals(text)) {
            return;
        }
        store.write(OperationKind.JOURNAL_EDIT.with(label(cleanTitle, date)), tx -> {
            tx.update("memos", id, ProjectStore.values("created_at", date.toString(), "title", cleanTitle,
                    "body", text, "modified_at", Instant.now().toString()));
            return null;
        });
    }

    public void deleteJournalEntry(long id) {
        Memo entry = journalEntry(id);
        store.write(OperationKind.JOURNAL_DELETE.with(label(entry.title(), entry.created())), tx -> {
            tx.delete("memos", id);
            return null;
        });
    }

    /** One entry of the journal; an id that is not one is a usage error. */
    public Memo journalEntry(long id) {
        return query("SELECT " + COLUMNS + " FROM memos WHERE id = ? AND target = 'journal'", id).stream().findFirst()
                .orElseThrow(() -> new UsageException("unknown_journal_entry", id));
    }

    /** The journal, oldest entry first (by its date, then as written). */
    public List<Memo> journal() {
        return query("SELECT " + COLUMNS + " FROM memos WHERE target = 'journal' ORDER BY created_at, id");
    }

    /**
     * Every memo: the journal (oldest first), the project's, the sources' (by name), the codes' (in tree order),
     * then the segments' (by code, source and position). A memo whose source or code is gone is left out.
     */
    public List<MemoInfo> list() {
        synchronized (store) {
            List<MemoInfo> out = new ArrayList<>();
            for (Memo entry : journal()) {
                out.add(new MemoInfo(entry, null, null));
            }
            ofProject().ifPresent(memo -> out.add(new MemoInfo(memo, store.info().name(), null)));
            Map<Long, Memo> bySource = byTarget(MemoTarget.SOURCE);
            for (Map.Entry<Long, String> source : sourceNames().entrySet()) {
                Memo memo = bySource.get(source.getKey());
                if (memo != null) {
                    out.add(new MemoInfo(memo, source.getValue(), null));
                }
            }
            Map<Long, Memo> byCode = byTarget(MemoTarget.CODE);
            List<CodeInfo> codes = store.codes().list();
            for (CodeInfo code : codes) {
                Memo memo = byCode.get(code.code().id());
                if (memo != null) {
                    out.add(new MemoInfo(memo, code.path().toString(), null));
                }
            }
            Map<CodePath, Integer> order = new HashMap<>();
            codes.forEach(code -> order.put(code.path(), order.size()));
            List<SegmentInfo> segments = new ArrayList<>(store.segments().list(null, null).stream()
                    .filter(s -> s.segment().memo() != null && !s.segment().memo().isBlank()).toList());
            segments.sort(java.util.Comparator.comparing((SegmentInfo s) -> order.getOrDefault(s.code(), -1)));
            for (SegmentInfo s : segments) {
                Memo memo = new Memo(s.segment().id(), s.segment().guid(), MemoTarget.SEGMENT, s.segment().id(), null,
                        s.segment().memo(), s.segment().coder(), s.segment().created(), s.segment().modified());
                out.add(new MemoInfo(memo, s.code() + " — " + s.source(), s.text()));
            }
            return out;
        }
    }

    /**
     * The memos (segments' included) whose title, text or subject holds every word of {@code query}, ignoring
     * case and accents ({@code ecole} finds « École »); in {@link #list}'s order. A blank query finds them all.
     */
    public List<MemoInfo> search(String query) {
        return list().stream().filter(info -> TextFolding.containsAllWords(
                String.join("\n", nonNull(info.memo().title()), info.memo().body(), nonNull(info.about())), query))
                .toList();
    }

    /** When a code is deleted (or merged away), its memo goes in the same operation, so undo brings it back. */
    static void deleteOf(Transaction tx, MemoTarget target, long targetId) throws SQLException {
        for (long id : Queries.ids(tx.connection(), "SELECT id FROM memos WHERE target = ? AND target_id = ?",
                column(target), targetId)) {
            tx.delete("memos", id);
        }
    }

    private Map<Long, Memo> byTarget(MemoTarget target) {
        Map<Long, Memo> out = new HashMap<>();
        for (Memo memo : query("SELECT " + COLUMNS + " FROM memos WHERE target = ? ORDER BY id", column(target))) {
            out.putIfAbsent(memo.targetId(), memo);
        }
        return out;
    }

    private Optional<Memo> one(MemoTarget target, long targetId) {
        return query("SELECT " + COLUMNS + " FROM memos WHERE target = ? AND target_id = ? ORDER BY id LIMIT 1",
                column(target), targetId).stream().findFirst();
    }

    private List<Memo> query(String sql, Object... args) {
        synchronized (store) {
            List<Memo> out = new ArrayList<>();
            try (PreparedStatement st = store.connection().prepareStatement(sql)) {
                ProjectStore.bind(st, args);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Memo(rs.getLong(1), rs.getString(2),
                                MemoTarget.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8)),
                                Instant.parse(rs.getString(9))));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** Source ids to names, by name. */
    private Map<Long, String> sourceNames() {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement st = store.connection().prepareStatement("SELECT id, name FROM sources ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return out;
    }

    private long sourceId(String name) {
        synchronized (store) {
            try {
                return store.sources().id(name);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    static String column(MemoTarget target) {
        return target.name().toLowerCase(Locale.ROOT);
    }

    private static String clean(String title) {
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static String label(String title, Instant date) {
        return title == null ? date.toString().substring(0, 10) : title;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
