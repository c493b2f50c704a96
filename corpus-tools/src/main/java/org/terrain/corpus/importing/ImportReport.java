package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-file outcome of a batch import: imported (perhaps with warnings), skipped with a reason, or failed with a
 * reason.
 */
public final class ImportReport {
    /** @param warnings what the researcher should check in a file imported all the same (bad bytes replaced…) */
    public record Imported(String path, String source, String kind, int chars, int words, int turns,
                           List<String> speakers, List<Warning> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }

        public Imported(String path, String source, String kind, int chars, int words, int turns,
                        List<String> speakers) {
            this(path, source, kind, chars, words, turns, speakers, List.of());
        }
    }

    /** @param code a stable code; {@code args} say it in words with the messages, the file's name first */
    public record Warning(String code, Object[] args) {
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
