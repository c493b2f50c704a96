package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {
    @Test
    void removesBomAndNormalizesLineEnds() {
        assertThat(CanonicalText.of("\uFEFFa\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
    }

    @Test
    void composesCombiningAccents() {
        String decomposed = "e\u0301te\u0301 cafe\u0301";
        assertThat(CanonicalText.of(decomposed)).isEqualTo("été café");
    }

    @Test
    void keepsEmojiAndTypographicQuotes() {
        String text = "l’usine 🏭 « œuvre » …";
        assertThat(CanonicalText.of(text)).isEqualTo(text);
    }

    @Test
    void canonicalFormIsCanonicalAndStable() {
        for (String raw : Generators.frenchish()) {
            String once = CanonicalText.of(raw);
            assertThat(CanonicalText.isCanonical(once)).as(raw).isTrue();
            assertThat(CanonicalText.of(once)).as(raw).isEqualTo(once);
            assertThat(once).doesNotContain("\r");
            assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
        }
    }

    @Test
    void lineCountIsKept() {
        for (String raw : Generators.frenchish()) {
            long breaks = raw.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
            assertThat(CanonicalText.of(raw).chars().filter(c -> c == '\n').count()).as(raw).isEqualTo(breaks);
        }
    }

    @Test
    void anyStringBecomesCanonical() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int n = random.nextInt(50); n > 0; n--) {
                raw.append((char) random.nextInt(0x3000));
            }
            assertThat(CanonicalText.isCanonical(CanonicalText.of(raw.toString()))).isTrue();
        }
    }
}
