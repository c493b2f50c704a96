package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;

/** Per-file outcome of a batch import: imported, skipped with a reason, or failed with a reason. */
public final class ImportReport {
    public record Imported(String path, String source, String kind, int chars, int words, int turns,
                           List<String> speakers) {
    }

    /** @param reason a stable code; {@code detail} says it in words */
    public record Skipped(String path, String reason, String detail) {
    }

    /** @param error a stable code; {@code message} says it in words (the user's language is chosen later) */
    public record Failed(String path, String error, Object[] args) {
    }

    private final List<Imported> imported = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Failed> failed = new ArrayList<>();
    private boolean cancelled;

    public List<Imported> imported() {
        return imported;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    public List<Failed> failed() {
        return failed;
    }

    public boolean cancelled() {
        return cancelled;
    }

    void markCancelled() {
        cancelled = true;
    }
}
