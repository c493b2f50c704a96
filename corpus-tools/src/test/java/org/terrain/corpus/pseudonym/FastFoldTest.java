package org.terrain.corpus.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.terrain.corpus.text.NameFold;

class FastFoldTest {
    @Test
    void foldsEveryCharacterAsNameFoldDoes() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        all.append("😀 \uD835\uDC00 d’HÉLÈNE");
        String text = all.toString();
        assertEquals(NameFold.fold(text), FastFold.fold(text));
        assertEquals(NameFold.fold(text), FastFold.fold(text), "the second time, from the table");
    }
}
