package org.terrain.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fold of a text, which remembers each character's fold, is the fold of each of its code points. */
class NameFoldCacheTest {
    private static String onePerCodePoint(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(NameFold.fold(c)));
        return out.toString();
    }

    @Test
    void foldsEveryCharacterAsEachCodePointFolds() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        all.append("😀 \uD835\uDC00 d’HÉLÈNE \uD800 lone");
        String text = all.toString();
        assertEquals(onePerCodePoint(text), NameFold.fold(text));
        assertEquals(onePerCodePoint(text), NameFold.fold(text), "the second time, from what it remembers");
    }
}
