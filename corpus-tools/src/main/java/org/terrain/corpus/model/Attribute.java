package org.terrain.corpus.model;

/** A named, typed property of sources or cases (age, site, date of interview…). */
public record Attribute(long id, String name, AttributeType type, String description) {
}
