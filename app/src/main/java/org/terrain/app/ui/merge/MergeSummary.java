package org.terrain.app.ui.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What merging a copy would bring (a dry run) or brought, worded for the dialog: counts, the sources found
 * corrected or not found, and each conflict as a sentence.
 */
public record MergeSummary(Path copy, int codingsAdded, int codesAdded, int codersAdded, int memosAdded,
                           int sourcesMatched, int codingsPresent, List<String> reanchored, List<String> unmatched,
                           List<String> conflicts, boolean dryRun) {
    /** Whether the merge would change nothing: the dialog then offers only to close. */
    public boolean nothingToAdd() {
        return codingsAdded == 0 && codesAdded == 0 && memosAdded == 0;
    }
}
