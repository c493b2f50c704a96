package org.terrain.app.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * One long task as a progress dialog shows it (an import, the language analysis): whether it runs, how far it
 * is, what it is at. The ViewModel {@linkplain #follow follows} the task it starts and says when its result is
 * handled ({@link #finished}); a failure or a cancel ends it too. FX thread only.
 */
public final class TaskProgress {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    /** Follows {@code task} until it is over; null (no project open, nothing started) changes nothing. */
    public void follow(Task<?> task) {
        if (task == null) {
            return;
        }
        running.set(true);
        progress.bind(task.progressProperty());
        text.bind(task.messageProperty());
        task.stateProperty().addListener((observable, before, state) -> {
            if (state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.set(false);
            }
            if (task.isDone()) {
                progress.unbind();
                text.unbind();
            }
        });
    }

    /** The task's result is handled: it no longer runs. */
    public void finished() {
        running.set(false);
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the task is at. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
