package org.terrain.app.ui.memos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.ReadWhileShown;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.exchange.CodebookLogText;
import org.terrain.corpus.model.Memo;
import org.terrain.corpus.store.CodebookChange;
import org.terrain.corpus.store.MemoInfo;
import org.terrain.corpus.store.ProjectStore;

/**
 * The « Journal » tab: the project journal (dated entries: new, edit, delete), every memo with a search that
 * ignores case and accents, the codebook's history from the operation log, and the memos of a source, a code
 * or the project (opened from their panes). Every change is one action of the operation log, so Ctrl+Z takes
 * it back; after every change of the project the lists are read again. FX thread only.
 *
 * <p>The editor holds one entry: {@link #editingProperty()} is the entry being rewritten, or null for a new one.
 * What the user typed and has not saved is never overwritten by a re-read.
 */
public final class MemosViewModel {
    /** What one read hands back: the three lists, in rows. */
    private record Lists(List<JournalRow> journal, List<MemoRow> memos, List<ChangeRow> changes) {
    }

    /** The editor's fields as last loaded or saved: what "unsaved" is measured against. */
    private record Fields(LocalDate date, String title, String body) {
    }

    private final ProjectSession session;
    private final ZoneId zone;
    private final ObservableList<JournalRow> journal = FXCollections.observableArrayList();
    private final ObservableList<MemoRow> memos = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<JournalRow> editing = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSave;
    private final ObjectProperty<Fields> loaded = new SimpleObjectProperty<>(new Fields(LocalDate.now(), "", ""));
    /** The entry to show in the editor once the list holds it (just added). */
    private long pendingSelection;
    private long generation;
    /** Whether the tab is shown: the lists are read only then (a coding elsewhere need not read every memo). */
    private final ReadWhileShown reads = new ReadWhileShown(true, this::read);

    public MemosViewModel(ProjectSession session) {
        this(session, ZoneId.systemDefault());
    }

    MemosViewModel(ProjectSession session, ZoneId zone) {
        this.session = session;
        this.zone = zone;
        canSave = Bindings.createBooleanBinding(() -> date.get() != null && (!blank(title.get()) || !blank(body.get()))
                && !current().equals(loaded.get()), date, title, body, loaded);
        session.revisionProperty().addListener((observable, before, now) -> refresh());
        query.addListener((observable, before, now) -> refresh());
    }

    /** Reads the journal, the memos (those matching the search) and the codebook's history again. */
    public void refresh() {
        reads.request();
    }

    private void read() {
        long asked = ++generation;
        String words = query.get() == null ? "" : query.get();
        session.read(store -> read(store, words, zone), lists -> {
            if (asked == generation) {
                show(lists);
            }
        });
    }

    static Lists read(ProjectStore store, String query, ZoneId zone) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(UiText.locale());
        List<JournalRow> journal = new ArrayList<>();
        for (Memo entry : store.memos().journal().reversed()) {
            journal.add(new JournalRow(entry.id(), entry.created(), day.format(entry.created().atZone(zone)),
                    entry.title(), entry.body(), entry.author()));
        }
        List<MemoRow> memos = new ArrayList<>();
        for (MemoInfo info : query.isBlank() ? store.memos().list() : store.memos().search(query)) {
            memos.add(row(info, day, zone));
        }
        List<ChangeRow> changes = new ArrayList<>();
        for (CodebookChange change : store.codebookHistory().reversed()) {
            changes.add(new ChangeRow(change.operation().seq(), CodebookLogText.when(change.operation().at(), zone),
                    change.operation().who(), CodebookLogText.describe(change, UiText.engineMessages()),
                    CodebookLogText.fate(change, UiText.engineMessages(), zone), change.inForce()));
        }
        return new Lists(journal, memos, changes);
    }

    private static MemoRow row(MemoInfo info, DateTimeFormatter day, ZoneId zone) {
        Memo memo = info.memo();
        String kind = UiText.get("memos.kind." + memo.target().name().toLowerCase(java.util.Locale.ROOT));
        return switch (memo.target()) {
            case JOURNAL -> new MemoRow(kind, day.format(memo.created().atZone(zone)), memo.title(), memo.body(), null,
                    memo.id());
            case PROJECT -> new MemoRow(kind, info.about(), null, memo.body(), MemoSubject.project(), 0);
            case SOURCE -> new MemoRow(kind, info.about(), null, memo.body(), MemoSubject.source(info.about()), 0);
            case CODE -> new MemoRow(kind, info.about(), null, memo.body(),
                    MemoSubject.code(org.terrain.codingschemes.CodePath.parse(info.about())), 0);
            case SEGMENT -> new MemoRow(kind, info.about(), info.quote(), memo.body(),
                    MemoSubject.segment(memo.targetId(), info.about()), 0);
        };
    }

    private void show(Lists lists) {
        journal.setAll(lists.journal());
        memos.setAll(lists.memos());
        changes.setAll(lists.changes());
        if (pendingSelection != 0) {
            lists.journal().stream().filter(row -> row.id() == pendingSelection).findFirst().ifPresent(this::edit);
            pendingSelection = 0;
            return;
        }
        JournalRow shown = editing.get();
        if (shown == null) {
            return;
        }
        Optional<JournalRow> now = lists.journal().stream().filter(row -> row.id() == shown.id()).findFirst();
        boolean unsaved = !current().equals(loaded.get());
        if (now.isEmpty()) {
            editing.set(null); // undone or deleted: what the editor holds would be written as a new entry
            if (!unsaved) {
                clear();
            }
        } else if (!unsaved) {
            edit(now.get());
        } else {
            editing.set(now.get());
        }
    }

    /** An empty editor, dated today. */
    public void newEntry() {
        editing.set(null);
        clear();
    }

    private void clear() {
        loaded.set(new Fields(LocalDate.now(zone), "", ""));
        date.set(loaded.get().date());
        title.set("");
        body.set("");
    }

    /** Puts an entry in the editor. */
    public void edit(JournalRow row) {
        Fields fields = new Fields(row.date().atZone(zone).toLocalDate(), row.title() == null ? "" : row.title(),
                row.body());
        loaded.set(fields);
        editing.set(row);
        date.set(fields.date());
        title.set(fields.title());
        body.set(fields.body());
    }

    /** Writes the editor's entry: a new one, or the one being rewritten. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Fields written = current();
        JournalRow rewritten = editing.get();
        Instant at = instant(written.date(), rewritten == null ? null : rewritten.date());
        String heading = written.title().isBlank() ? written.date().toString() : written.title().strip();
        if (rewritten == null) {
            session.change(UiText.get("task.memos"),
                    store -> store.memos().addJournalEntry(at, written.title(), written.body()).id(),
                    id -> UiText.get("status.journal_added", heading), id -> pendingSelection = id);
            // the list is read again after the change; the new entry is then put in the editor
        } else {
            session.change(UiText.get("task.memos"), store -> {
                store.memos().editJournalEntry(rewritten.id(), at, written.title(), written.body());
                return null;
            }, done -> UiText.get("status.journal_saved", heading), done -> loaded.set(written));
        }
    }

    /** The day chosen, at the time of day the entry had (or now): entries of one day keep the order written. */
    private Instant instant(LocalDate day, Instant before) {
        LocalTime time = before == null ? LocalTime.now(zone) : before.atZone(zone).toLocalTime();
        return day.atTime(time).atZone(zone).toInstant();
    }

    public void delete(JournalRow row) {
        if (editing.get() != null && editing.get().id() == row.id()) {
            newEntry();
        }
        session.change(UiText.get("task.memos"), store -> {
            store.memos().deleteJournalEntry(row.id());
            return null;
        }, done -> UiText.get("status.journal_deleted", row.heading()));
    }

    /** Reads the memo of a source, a code or the project; {@code shown} gets its text ("" when none). */
    public void readMemo(MemoSubject subject, Consumer<String> shown) {
        session.read(store -> memoOf(store, subject).map(Memo::body).orElse(""), shown);
    }

    private static Optional<Memo> memoOf(ProjectStore store, MemoSubject subject) {
        return switch (subject.kind()) {
            case PROJECT -> store.memos().ofProject();
            case SOURCE -> store.memos().ofSource(subject.source());
            case CODE -> store.memos().ofCode(subject.code());
            case SEGMENT -> store.segments().memo(subject.segment()).map(body -> new Memo(0, null, Memo.MemoTarget.SEGMENT,
                    subject.segment(), null, body, null, null, null));
        };
    }

    /** Writes the memo of a source, a code or the project; a blank text removes it. One undo. */
    public void writeMemo(MemoSubject subject, String text) {
        session.change(UiText.get("task.memos"), store -> {
            switch (subject.kind()) {
                case PROJECT -> store.memos().setOnProject(text);
                case SOURCE -> store.memos().setOnSource(subject.source(), text);
                case CODE -> store.memos().setOnCode(subject.code(), text);
                case SEGMENT -> store.segments().setMemo(subject.segment(), blank(text) ? null : text.strip());
            }
            return null;
        }, done -> UiText.get("status.memo_subject_saved", subjectText(subject)));
    }

    /** « la source « X » », « le code « Y » », « le projet »: what a memo is about, in words. */
    public static String subjectText(MemoSubject subject) {
        return switch (subject.kind()) {
            case PROJECT -> UiText.get("memo.subject.project");
            case SOURCE -> UiText.get("memo.subject.source", subject.source());
            case CODE -> UiText.get("memo.subject.code", subject.code().toString());
            case SEGMENT -> UiText.get("memo.subject.segment", subject.about());
        };
    }

    private Fields current() {
        return new Fields(date.get(), Objects.requireNonNullElse(title.get(), ""), Objects.requireNonNullElse(body.get(), ""));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The journal, newest entry first. */
    public ObservableList<JournalRow> journal() {
        return journal;
    }

    /** Every memo, or those the search finds: the journal's entries, the project's, sources', codes', segments'. */
    public ObservableList<MemoRow> memos() {
        return memos;
    }

    /** The codebook's changes, newest first. */
    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    /** True while the tab is shown (bound by the window); the lists are read again when it becomes so. */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return reads.shownProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** The entry in the editor, or null for a new one. */
    public ReadOnlyObjectProperty<JournalRow> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True when the editor holds something to write (not empty, not what is already saved). */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
