package org.terrain.corpus.model;

/** A case (a firm, a site, a person) that groups sources; named so because {@code case} is a keyword. */
public record ResearchCase(long id, String guid, String name, String description) {
}
