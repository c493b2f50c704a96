package org.terrain.corpus.importing;

/**
 * One turn as an importer read it, before it is rendered as a line of canonical text.
 *
 * @param timeMs start time in milliseconds, or -1 when the source gives none
 */
record TranscriptLine(String speaker, long timeMs, String speech) {
}
