package org.terrain.corpus.importing;

import java.util.List;

/** A cue reduced to its start time and its non-empty pieces of text. */
record CleanCue(long startMs, List<CuePiece> pieces) {
}
