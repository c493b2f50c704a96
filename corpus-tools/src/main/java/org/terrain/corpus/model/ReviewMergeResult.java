package org.terrain.corpus.model;

import java.util.List;

/**
 * What merging a review package brought in: verdicts new or changed since the last merge, verdicts already in
 * the project as they are, and excerpts whose coding could not be found, each with the reason (kept in the
 * review layer all the same, without a place, so that the reviewer's words are not lost).
 */
public record ReviewMergeResult(int merged, int unchanged, List<Unmatched> unmatched) {
    /** An excerpt not matched: its number in the package and why ({@code source_not_found}…). */
    public record Unmatched(long id, String reason) {
    }
}
