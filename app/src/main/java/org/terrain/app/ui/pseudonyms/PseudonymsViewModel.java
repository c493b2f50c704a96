package org.terrain.app.ui.pseudonyms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.ReadWhileShown;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.PseudonymStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.text.NameFold;

/**
 * « Pseudonymisation »: the names the suggestions find that the researcher has not decided on (accept one with
 * its proposal or another replacement, or ignore it), where a name occurs (a concordance), and the pseudonym
 * table (edit a replacement, remove an entry). Every change is one operation of the store, so Ctrl+Z undoes it;
 * a refusal (two originals sharing a replacement) is kept, worded, in {@link #refusalProperty()}. The suggestions
 * read every source, so they run in the background with a progress and can be stopped; the list they give holds
 * decided names too, hidden while the table has them, so that an undo shows a name again at once. Read only
 * while the tab is on screen. FX thread only.
 */
public final class PseudonymsViewModel {
    private final ProjectSession session;
    private final ReadWhileShown reads = new ReadWhileShown(false, this::read);
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<ContextLine> contexts = FXCollections.observableArrayList();
    private final ObservableList<String> cases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contextOf = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper suggesting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private PseudonymReads.Found found;
    private Set<String> decided = Set.of();
    private Cancellation cancellation = new Cancellation();
    private long generation;

    public PseudonymsViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> reads.request());
    }

    /**
     * The table read again; the suggestions read the first time the tab is shown, and again for another project
     * opened in the window.
     */
    private void read() {
        long asked = ++generation;
        session.read(PseudonymReads::table, table -> {
            if (asked != generation) {
                return;
            }
            entries.setAll(table.entries());
            cases.setAll(table.cases());
            decided = table.decided();
            if (found != null && !found.project().equals(table.project())) {
                found = null;
            }
            showCandidates();
            if (found == null && !suggesting.get()) {
                suggest();
            }
        });
    }

    /** Reads every source for names (again), in the background; {@link #cancel()} stops it. */
    public void suggest() {
        if (suggesting.get()) {
            return;
        }
        Cancellation token = new Cancellation();
        cancellation = token;
        Task<PseudonymReads.Found> task = session.run(UiText.get("pseudonyms.task.suggest"),
                (store, listener, stop) -> PseudonymReads.suggestions(store, listener, token), token, false,
                read -> read == null ? UiText.get("pseudonyms.suggest.cancelled")
                        : UiText.get("pseudonyms.suggest.done", read.rows().size()),
                read -> {
                    suggesting.set(false);
                    if (read != null) {
                        found = read;
                        showCandidates();
                    }
                });
        if (task == null) {
            return;
        }
        suggesting.set(true);
        progress.bind(task.progressProperty());
        task.stateProperty().addListener((observable, before, state) -> {
            if (task.isDone()) {
                progress.unbind();
                progress.set(-1);
                suggesting.set(false);
            }
        });
    }

    /** Stops the suggestions at the next source; the list shown stays. */
    public void cancel() {
        cancellation.cancel();
    }

    /** The names found minus those the table has or ignores. */
    private void showCandidates() {
        List<CandidateRow> shown = new ArrayList<>();
        if (found != null) {
            for (CandidateRow row : found.rows()) {
                if (!decided.contains(NameFold.fold(row.original()))) {
                    shown.add(row);
                }
            }
        }
        candidates.setAll(shown);
        summary.set(UiText.get("pseudonyms.summary", shown.size(), entries.size()));
    }

    /** Lists where {@code original} occurs, as the table matches it. */
    public void showContexts(String original) {
        if (original == null || original.isBlank()) {
            contexts.clear();
            contextOf.set("");
            return;
        }
        session.read(store -> PseudonymReads.contexts(store, original), lines -> {
            contexts.setAll(lines);
            contextOf.set(original);
        });
    }

    /** Adds a candidate to the table with {@code replacement} (its proposal, or what the user typed). */
    public void accept(CandidateRow candidate, String replacement, NameCategory category, String caseName) {
        put(candidate.original(), replacement, category, caseName);
    }

    /** Changes an entry's replacement (or category): one undoable operation. */
    public void edit(EntryRow entry, String replacement, NameCategory category) {
        put(entry.original(), replacement, category, entry.caseName());
    }

    private void put(String original, String replacement, NameCategory category, String caseName) {
        refusal.set("");
        session.change(UiText.get("pseudonyms.task.change"),
                store -> store.pseudonyms().put(original, replacement,
                        PseudonymCategory.parse(category.id()).orElse(PseudonymCategory.OTHER), caseName),
                outcome -> UiText.get(outcome == PseudonymStore.Outcome.ADDED ? "pseudonyms.added"
                        : outcome == PseudonymStore.Outcome.EDITED ? "pseudonyms.edited" : "pseudonyms.unchanged",
                        original, replacement.strip()),
                outcome -> { }, refusal::set);
    }

    /** Leaves a candidate out of the suggestions (undoable). */
    public void ignore(CandidateRow candidate) {
        refusal.set("");
        session.change(UiText.get("pseudonyms.task.change"), store -> store.pseudonyms().ignore(candidate.original()),
                done -> UiText.get("pseudonyms.ignored", candidate.original()), done -> { }, refusal::set);
    }

    /** Takes an entry out of the table (undoable): exports then keep that name. */
    public void remove(EntryRow entry) {
        refusal.set("");
        session.change(UiText.get("pseudonyms.task.change"), store -> {
            store.pseudonyms().remove(entry.original(), entry.caseName());
            return entry;
        }, done -> UiText.get("pseudonyms.removed", entry.original()), done -> { }, refusal::set);
    }

    /** Names not yet decided, most frequent first. */
    public ObservableList<CandidateRow> candidates() {
        return candidates;
    }

    /** The pseudonym table, project-wide entries first. */
    public ObservableList<EntryRow> entries() {
        return entries;
    }

    /** The contexts of the name last asked for. */
    public ObservableList<ContextLine> contexts() {
        return contexts;
    }

    /** The project's cases: the scopes an entry may have besides the whole project. */
    public ObservableList<String> cases() {
        return cases;
    }

    /** Why the last change was refused, in one sentence; empty after a change that went through. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** « 12 noms à décider · 3 pseudonymes ». */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The name whose contexts are listed. */
    public ReadOnlyStringProperty contextOfProperty() {
        return contextOf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty suggestingProperty() {
        return suggesting.getReadOnlyProperty();
    }

    /** The running suggestions' progress, 0 to 1, or -1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Bound to the tab's selection. */
    public BooleanProperty activeProperty() {
        return reads.shownProperty();
    }
}
