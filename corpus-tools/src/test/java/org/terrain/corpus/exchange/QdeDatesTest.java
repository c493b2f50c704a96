package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates of a REFI-QDA file become instants, whatever time zone they were written in. */
class QdeDatesTest {
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(nullValues = "none", value = {
        "2018-03-27T19:29:27Z, 2018-03-27T19:29:27Z",
        "2018-03-27T21:29:27+02:00, 2018-03-27T19:29:27Z",
        "' 2025-06-08T12:42:55.250Z ', 2025-06-08T12:42:55.250Z",
        "2018-03-27T19:29:27, 2018-03-27T19:29:27Z",
        "27/03/2018, none",
        "none, none"})
    void aDateTimeIsReadAsAnInstantAndOneWithoutTimeZoneAsUtc(String written, String stored) {
        assertEquals(stored, QdeReader.instant(written));
    }
}
