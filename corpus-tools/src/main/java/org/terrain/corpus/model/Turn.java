package org.terrain.corpus.model;

/**
 * One speaker's turn in a transcript. The label ({@code [00:01:02] PB :}) and the speech are kept apart
 * because labels are never words: search and statistics read {@link #speech()} only.
 *
 * @param timeMs start time in milliseconds, or -1 when the transcript gives none
 */
public record Turn(int ordinal, String speaker, long timeMs, Span label, Span speech) {
    public boolean hasTime() {
        return timeMs >= 0;
    }
}
