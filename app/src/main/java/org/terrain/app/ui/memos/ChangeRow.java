package org.terrain.app.ui.memos;

/** One change of the codebook as the history shows it; an undone one is shown apart (greyed). */
public record ChangeRow(long seq, String when, String who, String what, String fate, boolean inForce) {
}
