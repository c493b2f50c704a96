package org.terrain.corpus.model;

/**
 * When to use a code and when not, with an example: what a codebook adds to a code's definition so that two
 * coders code alike. Any part may be null.
 */
public record CodeCriteria(String inclusion, String exclusion, String example) {
}
