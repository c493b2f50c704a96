package org.terrain.corpus.model;

import java.time.Instant;

/** The project itself: a name shown to the user and a GUID used in exchanges. */
public record ProjectInfo(String name, String guid, Instant created) {
}
