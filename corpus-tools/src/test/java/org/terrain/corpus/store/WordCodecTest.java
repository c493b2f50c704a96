package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.model.Word;

class WordCodecTest {
    @Test
    void randomAnnotationsComeBackIdentical() {
        String[] upos = {"NOUN", "VERB", "DET", "ADP", "PROPN", "PUNCT", "WEIRD"};
        String[] entities = {null, null, "PER", "LOC", "ORG", "MISC", "OTHER"};
        String[] forms = {"Les", "ouvrières", "à", "le", "Lyon", "être", "🏭", "l’", ""};
        for (long seed = 0; seed < 50; seed++) {
            Random random = new Random(seed);
            List<Word> words = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < random.nextInt(300); i++) {
                at += random.nextInt(4) == 0 ? 0 : random.nextInt(20_000); // 0: the words of « au » share a span
                String form = forms[random.nextInt(forms.length)];
                String lemma = switch (random.nextInt(3)) {
                    case 0 -> form;
                    case 1 -> form.toLowerCase(java.util.Locale.ROOT);
                    default -> "lemme" + random.nextInt(10);
                };
                words.add(new Word(at, at + random.nextInt(30), form, upos[random.nextInt(upos.length)], lemma,
                        entities[random.nextInt(entities.length)]));
            }
            assertThat(WordCodec.decode(WordCodec.encode(words))).as("seed %d", seed).isEqualTo(words);
        }
    }
}
