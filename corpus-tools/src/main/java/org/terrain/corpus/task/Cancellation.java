package org.terrain.corpus.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** A cancellation token: the caller cancels, long loops check it between units of work (a file, a source). */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
