package org.terrain.corpus.analysis;

/**
 * One term (a word form, a lemma or a code path) with its counts in A and B, the count expected in A under
 * independence ({@code F·t/T}), the method's score (positive: over-represented in A) and the log2 ratio of
 * relative frequencies.
 */
public record ContrastRow(String term, long a, long b, double expected, double score, double effect) {
}
