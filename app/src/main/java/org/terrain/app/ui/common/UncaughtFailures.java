package org.terrain.app.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an exception nobody caught, on any thread, the FX thread included: it is logged (SLF4J,
 * once, with its stack trace), and the user is told in a dialog that names it, offers the stack trace under
 * « Détails », and says that no work is lost, which is true because the engine commits every action as it is
 * made. One dialog at a time: failures that come while it is open are only logged (a failing layout pass can
 * throw at every pulse). No JavaFX controls here; the window shows the {@link Report}.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    /** What the dialog says; {@code details} is the stack trace. */
    public record Report(String title, String header, String text, String details) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);

    private final Consumer<Report> show;
    private final AtomicBoolean showing = new AtomicBoolean();
    private final AtomicInteger logged = new AtomicInteger();

    /** @param show shows a report on the FX thread, and calls {@link #dismissed()} once the user closed it */
    public UncaughtFailures(Consumer<Report> show) {
        this.show = show;
    }

    /** Becomes the handler of every thread, and of the FX thread (which JavaFX may give its own). */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            decide(thread, failure).ifPresent(report -> {
                if (Platform.isFxApplicationThread()) {
                    show.accept(report);
                } else {
                    Platform.runLater(() -> show.accept(report));
                }
            });
        } catch (RuntimeException | Error reporting) {
            // The handler must never throw: that would lose the original failure too.
            System.err.println("Terrain: could not report " + failure + ": " + reporting);
        }
    }

    /** An action's failure that was caught and logged already (background work): shown, not logged again. */
    public void showLogged(Throwable failure) {
        if (showing.compareAndSet(false, true)) {
            Report report = report(failure);
            if (Platform.isFxApplicationThread()) {
                show.accept(report);
            } else {
                Platform.runLater(() -> show.accept(report));
            }
        }
    }

    /** Logs the failure; the report to show, unless a dialog is already open. */
    java.util.Optional<Report> decide(Thread thread, Throwable failure) {
        logged.incrementAndGet();
        LOG.error("uncaught exception in thread {}", thread.getName(), failure);
        if (!showing.compareAndSet(false, true)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(report(failure));
    }

    static Report report(Throwable failure) {
        Throwable root = rootCause(failure);
        String what = root.getClass().getSimpleName()
                + (root.getMessage() == null || root.getMessage().isBlank() ? "" : " : " + root.getMessage());
        return new Report(UiText.get("crash.title"), UiText.get("crash.header"), UiText.get("crash.text", what),
                stackTrace(failure));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** The user closed the dialog: the next failure may show one again. */
    public void dismissed() {
        showing.set(false);
    }

    /** How many failures were logged since the start (tests). */
    public int loggedCount() {
        return logged.get();
    }
}
