package org.terrain.corpus.task;

/** Told how long work advances; the app turns it into a progress bar, the command line into stderr lines. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    /** @param total -1 when unknown */
    void progress(long done, long total, String message);
}
