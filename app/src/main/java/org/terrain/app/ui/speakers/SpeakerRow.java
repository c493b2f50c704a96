package org.terrain.app.ui.speakers;

/** A line of the speakers dialog: a label as written in the transcripts, its turns, and whether it asks. */
public record SpeakerRow(String label, int turns, boolean interviewer) {
}
