package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.terrain.corpus.text.CanonicalText;

class OffsetMapTest {
    /** The canonical excerpt at the mapped positions. */
    private static String excerpt(OffsetMap map, int start, int end) {
        String text = map.canonical();
        int s = map.start(start);
        int e = map.end(end);
        return text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
    }

    @Test
    void nvivoCountsUtf16UnitsAfterTheBomWithCrlfAsTwo() {
        String raw = "\uFEFFa 🙂 b\r\ncafe\u0301 fin";
        OffsetMap map = OffsetMap.build(raw, OffsetMap.Units.UTF16);
        assertEquals(CanonicalText.of(raw), map.canonical());
        String body = raw.substring(1);
        int start = body.indexOf("cafe");
        assertEquals("café", excerpt(map, start, start + 5));
        assertEquals("fin", excerpt(map, body.indexOf("fin"), body.length()));
        assertEquals("🙂", excerpt(map, 2, 4));
    }

    @Test
    void atlasCountsCodePointsWithCrlfAsOne() {
        String raw = "ligne 🙂\r\ngranola";
        OffsetMap map = OffsetMap.build(raw, OffsetMap.Units.CODE_POINTS_CRLF_AS_ONE);
        assertEquals("granola", excerpt(map, 8, 15));
    }

    @Test
    void theStandardCountsCodePointsWithCrlfAsTwo() {
        String raw = "ligne 🙂\r\ngranola";
        OffsetMap map = OffsetMap.build(raw, OffsetMap.Units.CODE_POINTS);
        assertEquals("granola", excerpt(map, 9, 16));
        assertEquals(-1, map.end(17));
    }

    @Test
    void aPositionInsideAComposedLetterRoundsOutwards() {
        OffsetMap map = OffsetMap.build("e\u0301t\u00e9", OffsetMap.Units.CODE_POINTS);
        assertEquals("ét", excerpt(map, 1, 3));
        assertEquals("é", excerpt(map, 0, 1));
    }
}
