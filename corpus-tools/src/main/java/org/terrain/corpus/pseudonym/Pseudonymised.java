package org.terrain.corpus.pseudonym;

/** A text with its names replaced, and where each of its positions went. */
public record Pseudonymised(String text, PositionMap positions) {
}
