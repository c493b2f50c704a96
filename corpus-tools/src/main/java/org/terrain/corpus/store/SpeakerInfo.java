package org.terrain.corpus.store;

import org.terrain.corpus.model.SpeakerRole;

/** A speaker label as the speakers dialog lists it: how many turns it has and the role in force for it. */
public record SpeakerInfo(String label, int turns, SpeakerRole role) {
}
