package org.terrain.corpus.model;

/** Who coded: the researcher, a supervisor, a second coder. */
public record Coder(long id, String guid, String name) {
}
