package org.terrain.app;

import java.util.Optional;
import org.terrain.app.ui.common.UiText;

/**
 * Why the window could not open, said as what to do: JavaFX's own words for a missing GTK 3 on Linux are a stack
 * trace ending in « Unable to load glass GTK library », which tells a researcher nothing.
 */
final class StartupFailure {
    private StartupFailure() {
    }

    /** A sentence the user can act on, or empty for a failure this does not know (then the trace is the report). */
    static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("glass GTK library") || t instanceof UnsatisfiedLinkError && message.contains("gtk")) {
                return Optional.of(UiText.get("startup.gtk_missing"));
            }
        }
        return Optional.empty();
    }
}
