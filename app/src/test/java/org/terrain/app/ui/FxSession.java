package org.terrain.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.StatusViewModel;
import org.terrain.corpus.store.ProjectStore;

/**
 * A ViewModel test's session on a real store: the FX platform started, the background as the app runs it, and
 * waiting until it is idle. Failures the background reports are kept for the test to check.
 */
public final class FxSession {
    private static final long TIMEOUT = 60;

    public final StatusViewModel status;
    public final ProjectSession session;
    public final List<Throwable> failures = new ArrayList<>();

    private FxSession(ProjectStore store) throws Exception {
        status = onFx(StatusViewModel::new);
        session = onFx(() -> new ProjectSession(new Background(status, failures::add), status));
        runFx(() -> session.use(store));
    }

    /** Starts the FX platform if needed, then a session on {@code store}. */
    public static FxSession on(ProjectStore store) throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test started it
        }
        return new FxSession(store);
    }

    /** Until no background work is queued or running, and the FX thread has handled what came back. */
    public void waitIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT);
        for (int round = 0; round < 2; round++) {
            while (onFx(() -> session.pendingProperty().get()) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the background did not finish");
                }
                Thread.sleep(10);
            }
            onFx(() -> null);
        }
    }

    /** Imports {@code text} as an interview read in turns, named {@code name}. */
    public static void importInterview(ProjectStore store, java.nio.file.Path dir, String name, String text)
            throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("in-" + name));
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve(name), text);
        new org.terrain.corpus.importing.ImportService(store).importPaths(List.of(file),
                new org.terrain.corpus.importing.ImportOptions(org.terrain.corpus.model.SourceKind.INTERVIEW, null,
                        java.util.Map.of(), org.terrain.corpus.importing.TurnMode.ON),
                org.terrain.corpus.task.ProgressListener.NONE, org.terrain.corpus.task.Cancellation.none());
    }

    public String statusText() throws Exception {
        return onFx(() -> status.messageProperty().get());
    }

    public static <T> T onFx(Callable<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(read.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT, TimeUnit.SECONDS);
    }

    public static void runFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
