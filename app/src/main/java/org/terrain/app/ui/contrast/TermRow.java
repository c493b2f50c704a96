package org.terrain.app.ui.contrast;

/**
 * One row of a contrast as the table shows it: a word form or a code path, its counts on each side, the count
 * expected on side A under independence, the score (positive: over-represented in A, negative: in B) and the
 * effect (log2 of the ratio of relative frequencies).
 */
public record TermRow(String term, long a, long b, double expected, double score, double effect) {
}
