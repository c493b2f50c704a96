package org.terrain.app.ui.document;

/** A run of the document's text drawn in one style. Concatenated in order, the pieces are the canonical text. */
public record DocumentPiece(String text, Role role) {
    public enum Role {
        /** Text outside turns, and all of a prose source. */
        PLAIN,
        /** A transcript header line ({@code # …}): about the interview, not part of it. */
        NOTE,
        /** A turn's label, {@code [00:01:02] MARTINE :}, which is never words of the speaker. */
        LABEL,
        SPEECH,
        /** What the interviewer says: set back, since analysis is about the participants. */
        INTERVIEWER_SPEECH,
        /** A transcriber's note inside a turn, {@code [rire]}: no word of the speaker's, drawn apart. */
        TRANSCRIBER_NOTE
    }
}
