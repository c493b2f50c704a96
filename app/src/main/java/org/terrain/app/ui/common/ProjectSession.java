package org.terrain.app.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.concurrent.Task;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * The open project as the feature ViewModels share it: the store, reached only through background work, and a
 * revision that goes up after every change, whoever made it (coding, a code renamed, an undo). Each ViewModel
 * listens to the revision and reads again what it shows, so every pane follows every action without knowing
 * the others: this is the app's one "project changed" event. FX thread only.
 */
public final class ProjectSession {
    /** Engine work on the open store, run off the FX thread. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T run(ProjectStore store) throws Exception;
    }

    /** Long engine work on the open store (an import, an export), told of progress and asked to stop. */
    @FunctionalInterface
    public interface LongStoreWork<T> {
        T run(ProjectStore store, ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    private final Background background;
    private final StatusViewModel status;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private ProjectStore store;

    public ProjectSession(Background background, StatusViewModel status) {
        this.background = background;
        this.status = status;
    }

    /** The store to work on, once the project is open; every pane then reads it. */
    public void use(ProjectStore opened) {
        this.store = opened;
        open.set(opened != null);
        revision.set(revision.get() + 1);
    }

    /** Reads from the store without a word in the status bar; {@code done} gets the result on the FX thread. */
    public <T> void read(StoreWork<T> work, Consumer<T> done) {
        ProjectStore from = store;
        if (from == null) {
            return;
        }
        background.runQuietly((progress, cancellation) -> work.run(from), done);
    }

    /** Reads with a message while it runs, for reads that may take a moment (a long source). */
    public <T> void read(String message, StoreWork<T> work, Consumer<T> done) {
        ProjectStore from = store;
        if (from == null) {
            return;
        }
        background.run(message, (progress, cancellation) -> work.run(from), done);
    }

    /**
     * Changes the project: runs {@code work}, then says what was done in the status bar ({@code outcome} words
     * it from the result) and raises the revision so that every pane reads again. A failure (a name already
     * taken, nothing to undo) is reported in the status bar and changes nothing.
     */
    public <T> void change(String message, StoreWork<T> work, Function<T, String> outcome, Consumer<T> after) {
        change(message, work, outcome, after, refusal -> { });
    }

    /**
     * The same, and a refusal the user can act on (a value that does not fit, a name taken) is also handed,
     * worded, to {@code refused}: the dialog that asked shows it where the user looks.
     */
    public <T> void change(String message, StoreWork<T> work, Function<T, String> outcome, Consumer<T> after,
                           Consumer<String> refused) {
        ProjectStore on = store;
        if (on == null) {
            return;
        }
        background.runAlsoReporting(message, (progress, cancellation) -> work.run(on), result -> {
            status.inform(outcome.apply(result));
            revision.set(revision.get() + 1);
            after.accept(result);
        }, failure -> {
            if (!ErrorText.isUnexpected(failure)) {
                refused.accept(ErrorText.of(failure));
            }
        });
    }

    public <T> void change(String message, StoreWork<T> work, Function<T, String> outcome) {
        change(message, work, outcome, result -> { });
    }

    /**
     * Long work with its progress in the status bar, stopped by {@code cancellation} (the caller's own token, so
     * that stopping it stops nothing else). {@code outcome} words the result in the status bar; when
     * {@code changes} is true the revision goes up after it, so that every pane reads again. Failures are
     * reported as usual. Returns the task (its progress), or null without a project.
     */
    public <T> Task<T> run(String message, LongStoreWork<T> work, Cancellation cancellation, boolean changes,
            Function<T, String> outcome, Consumer<T> after) {
        ProjectStore on = store;
        if (on == null) {
            return null;
        }
        return background.run(message, (progress, shared) -> work.run(on, progress, cancellation), result -> {
            status.inform(outcome.apply(result));
            if (changes) {
                revision.set(revision.get() + 1);
            }
            after.accept(result);
        });
    }

    /** Tells the user something in the status bar without changing anything (why an action did nothing). */
    public void hint(String text) {
        status.inform(text);
    }

    /** Goes up by one after each change of the project (and when it opens). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Work queued or running: tests wait for 0, the window could show a busy cursor. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return background.pendingProperty();
    }
}
