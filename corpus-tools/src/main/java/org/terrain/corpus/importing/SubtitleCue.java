package org.terrain.corpus.importing;

import java.util.List;

/**
 * One cue of a subtitle file as written: its start time and its text lines, tags and all.
 *
 * @param lineNumber 1-based line of the cue's timing line, to point at it in messages
 */
record SubtitleCue(long startMs, int lineNumber, List<String> lines) {
}
