package org.terrain.app.ui.exchange;

import java.util.List;

/**
 * What an import did, worded for the user: the files imported (with the source each became), the files skipped
 * and those that failed, each with its reason in the interface's language; whether it was stopped; and the
 * warnings about files imported all the same (bad bytes replaced…), one line each.
 */
public record ImportResult(List<Line> imported, List<Line> skipped, List<Line> failed, boolean cancelled,
                           List<Line> warnings) {
    /** One file: its name, where it was, and what became of it (the source, or why not). */
    public record Line(String file, String path, String detail) {
    }

    public ImportResult {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
        warnings = List.copyOf(warnings);
    }

    public ImportResult(List<Line> imported, List<Line> skipped, List<Line> failed, boolean cancelled) {
        this(imported, skipped, failed, cancelled, List.of());
    }
}
