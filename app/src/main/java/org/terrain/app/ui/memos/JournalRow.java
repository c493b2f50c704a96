package org.terrain.app.ui.memos;

import java.time.Instant;

/** One entry of the journal as the list shows it: its day in words, its title (or none), its text. */
public record JournalRow(long id, Instant date, String dateText, String title, String body, String author) {
    /** The title, or the text's first line when there is none. */
    public String heading() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String first = body.strip().lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 59) + "…" : first;
    }
}
