package org.terrain.corpus.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.terrain.corpus.task.Cancellation;

/**
 * Ctrl-C (or SIGTERM) during long work: cancel, then give the work up to 30 s to finish the unit it is storing
 * (a file, a source) before the JVM exits. Close it when the work is done.
 */
final class CtrlC implements AutoCloseable {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private CtrlC(Cancellation cancellation, String name) {
        hook = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static CtrlC cancels(Cancellation cancellation, String name) {
        return new CtrlC(cancellation, name);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for the latch released above
        }
    }
}
