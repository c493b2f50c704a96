package org.terrain.app.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.TerrainException;

/**
 * Turns a failure into one French sentence for the user; the technical detail goes to the log, once. The engine's
 * sentence is used as it is, unless the interface words it its own way ({@code engine.CODE} in its texts: a
 * damaged database is restored here from a menu, not with a command).
 */
public final class ErrorText {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable failure) {
        return switch (failure) {
            case TerrainException known -> UiText.has("engine." + known.code())
                    ? UiText.get("engine." + known.code(), known.args()) : known.localizedMessage(UiText.engineMessages());
            case CancellationException cancelled -> UiText.get("error.cancelled");
            case UncheckedIOException io -> logged(io, UiText.get("error.io", io.getCause().getMessage()));
            case IOException io -> logged(io, UiText.get("error.io", io.getMessage()));
            default -> logged(failure, UiText.get("error.unexpected", String.valueOf(failure.getMessage())));
        };
    }

    /** Whether the failure is a fault of the program rather than something the user can act on. */
    public static boolean isUnexpected(Throwable failure) {
        return !(failure instanceof TerrainException || failure instanceof CancellationException
                || failure instanceof IOException || failure instanceof UncheckedIOException);
    }

    private static String logged(Throwable failure, String text) {
        LOG.error(text, failure);
        return text;
    }
}
