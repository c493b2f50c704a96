package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePointIndexTest {
    private static List<String> texts() {
        return Generators.frenchish().stream().map(CanonicalText::of).toList();
    }

    @Test
    void everyCodePointMapsToItsUtf16Start() {
        for (String text : texts()) {
            everyCodePointMapsToItsUtf16Start(text);
        }
    }

    private static void everyCodePointMapsToItsUtf16Start(String text) {
        CodePointIndex index = new CodePointIndex(text);
        assertThat(index.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        for (int cp = 0; cp <= index.codePointLength(); cp++) {
            int expected = text.offsetByCodePoints(0, cp);
            assertThat(index.toUtf16(cp)).isEqualTo(expected);
            assertThat(index.toCodePoint(expected)).isEqualTo(cp);
        }
    }

    @Test
    void substringsAgreeWithCodePointArrays() {
        for (String text : texts()) {
            substringsAgreeWithCodePointArrays(text);
        }
    }

    private static void substringsAgreeWithCodePointArrays(String text) {
        CodePointIndex index = new CodePointIndex(text);
        int[] cps = text.codePoints().toArray();
        for (int start = 0; start <= cps.length; start += 3) {
            for (int end = start; end <= cps.length; end += 2) {
                assertThat(index.substring(start, end)).isEqualTo(new String(cps, start, end - start));
            }
        }
    }

    @Test
    void indexInsideASurrogatePairRoundsDownToTheCharacter() {
        String text = "a🏭b"; // UTF-16: a, high, low, b
        CodePointIndex index = new CodePointIndex(text);
        assertThat(index.toCodePoint(2)).isEqualTo(1);
        assertThat(index.toCodePoint(3)).isEqualTo(2);
        assertThat(index.toUtf16(2)).isEqualTo(3);
    }

    @Test
    void outOfRangeIsRefused() {
        CodePointIndex index = new CodePointIndex("abc");
        assertThatThrownBy(() -> index.toUtf16(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.toCodePoint(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
