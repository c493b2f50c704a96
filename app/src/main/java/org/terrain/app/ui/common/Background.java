package org.terrain.app.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * Runs the engine's work off the FX thread and hands results back on it. One thread, so work runs in the
 * order asked (open the project, then read a source) and a late result never overtakes a newer one; the
 * store serialises access anyway. Failures go to one handler, which tells the user.
 */
public final class Background {
    /** Engine work, given the progress listener and cancellation token that the engine takes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "terrain-background");
        thread.setDaemon(true);
        return thread;
    });
    private final Cancellation cancellation = new Cancellation();
    private final StatusViewModel status;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();

    public Background(StatusViewModel status, Consumer<Throwable> onFailure) {
        this.status = status;
        this.onFailure = onFailure;
    }

    /** Runs {@code work}, showing {@code message} meanwhile; {@code onSuccess} gets its result on the FX thread. */
    public <T> Task<T> run(String message, Work<T> work, Consumer<T> onSuccess) {
        return run(message, work, onSuccess, onFailure);
    }

    /** The same, for work whose failure needs more than the usual report. */
    public <T> Task<T> run(String message, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> failed) {
        return submit(message, work, onSuccess, failed);
    }

    /**
     * The same, with the usual report of a failure and then {@code alsoFailed}: for a dialog that shows, beside
     * the field, why what was typed was refused.
     */
    public <T> Task<T> runAlsoReporting(String message, Work<T> work, Consumer<T> onSuccess,
                                        Consumer<Throwable> alsoFailed) {
        return submit(message, work, onSuccess, failure -> {
            onFailure.accept(failure);
            alsoFailed.accept(failure);
        });
    }

    /**
     * Short work that the status bar need not announce (reading a list after a change): the resting message,
     * which says what the user just did, stays in place. Failures still go to the usual handler.
     */
    public <T> Task<T> runQuietly(Work<T> work, Consumer<T> onSuccess) {
        return submit(null, work, onSuccess, onFailure);
    }

    private <T> Task<T> submit(String message, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (message != null) {
                    updateMessage(message);
                }
                return work.run((done, total, step) -> {
                    updateProgress(done, total);
                    if (message != null && step != null && !step.isEmpty()) {
                        updateMessage(message + " " + step);
                    }
                }, cancellation);
            }
        };
        if (message != null) {
            task.stateProperty().addListener((observable, before, state) -> {
                if (state == Worker.State.RUNNING) {
                    status.follow(task);
                }
            });
        }
        pending.set(pending.get() + 1);
        task.setOnSucceeded(event -> {
            try {
                onSuccess.accept(task.getValue());
            } finally {
                pending.set(pending.get() - 1);
            }
        });
        task.setOnFailed(event -> {
            try {
                failed.accept(task.getException());
            } finally {
                pending.set(pending.get() - 1);
            }
        });
        task.setOnCancelled(event -> pending.set(pending.get() - 1));
        executor.execute(task);
        return task;
    }

    /** How many tasks are queued or running, their results not yet handed back; 0 when all is quiet. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Asks running work to stop at its next check, then waits for it a while: the store must close cleanly. */
    public void shutdown() {
        cancellation.cancel();
        executor.shutdown();
        try {
            executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
