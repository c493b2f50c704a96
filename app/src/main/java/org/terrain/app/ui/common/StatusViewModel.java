package org.terrain.app.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * What the status bar says: the running task's message and progress while one runs, else the last resting
 * message (what was done, or what went wrong). Used on the FX thread only.
 */
public final class StatusViewModel {
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty location = new SimpleStringProperty("");
    private String resting = "";

    /** Shows the task's message and progress for as long as it runs. */
    public void follow(Task<?> task) {
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        busy.set(true);
        error.set(false);
        task.stateProperty().addListener((observable, before, state) -> {
            if (isDone(state) && message.isBound()) {
                rest();
            }
        });
    }

    /** A resting message: the outcome of what the user did. */
    public void inform(String text) {
        resting = text;
        error.set(false);
        rest();
    }

    public void fail(String text) {
        resting = text;
        rest();
        error.set(true);
    }

    public void setLocation(String text) {
        location.set(text);
    }

    private void rest() {
        message.unbind();
        progress.unbind();
        progress.set(-1);
        busy.set(false);
        message.set(resting);
    }

    private static boolean isDone(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** -1 while indeterminate. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty locationProperty() {
        return location;
    }
}
