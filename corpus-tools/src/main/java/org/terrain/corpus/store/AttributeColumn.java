package org.terrain.corpus.store;

import org.terrain.corpus.model.AttributeType;

/** A column of the cases × attributes table: an attribute's name and the type its values must fit. */
public record AttributeColumn(String name, AttributeType type) {
}
