package org.terrain.corpus.cli;

import org.terrain.corpus.task.ProgressListener;

/** Progress of long work as lines on stderr, at most one every half second. */
final class Progress {
    private Progress() {
    }

    static ProgressListener on(Cli cli, String what) {
        long[] last = {0};
        return (done, total, item) -> {
            long now = System.nanoTime();
            if (total > 0 && (now - last[0] > 500_000_000L || done == total)) {
                last[0] = now;
                cli.err().println(what + " " + done + "/" + total);
            }
        };
    }
}
