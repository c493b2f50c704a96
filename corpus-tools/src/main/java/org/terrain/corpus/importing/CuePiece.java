package org.terrain.corpus.importing;

/**
 * A stretch of a cue's text in one voice, cleaned of markup: a line, or part of a line when a voice tag
 * changes inside it.
 *
 * @param voice the speaker named by a WebVTT voice tag ({@code <v Martine>}), or null
 * @param dialogueDash the line began with a dialogue mark ({@code - } or YouTube's {@code >>}): someone else speaks
 */
record CuePiece(String voice, boolean dialogueDash, String text) {
}
