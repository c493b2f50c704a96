package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.model.Span;

class TextEditTest {
    /** Span [10,20); edit replaces [start,end) by length code points; expected span or "gone". */
    @ParameterizedTest(name = "edit {0}:{1} by {2} → {3}")
    @CsvSource({
        "0, 0, 3, 13:23",   // insertion before
        "10, 10, 3, 13:23", // insertion at its start: the new words are before it
        "20, 20, 3, 10:20", // insertion at its end: not joined
        "15, 15, 3, 10:23", // insertion inside: stretches
        "12, 14, 0, 10:18", // deletion inside: shrinks
        "10, 20, 4, 10:14", // its exact words corrected: follows the correction
        "10, 20, 0, gone",  // its words deleted
        "5, 25, 2, gone",   // swallowed by a larger deletion
        "5, 15, 2, 7:12",   // loses its head, starts after the new words
        "15, 25, 2, 10:15", // loses its tail
        "25, 30, 0, 10:20", // after it: untouched
    })
    void spansFollowTheirWords(int start, int end, int length, String expected) {
        Span moved = new TextEdit(start, end, length).apply(new Span(10, 20));
        assertThat(moved == null ? "gone" : moved.start() + ":" + moved.end()).isEqualTo(expected);
    }
}
