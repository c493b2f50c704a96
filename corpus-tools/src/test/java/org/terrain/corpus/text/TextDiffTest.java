package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word-level changes between two texts: as few as there are, whole words, and they rebuild the new text. */
class TextDiffTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "à l’usinne de Saint-Fons | à l’usine de Saint-Fons | 4:10=usine",
        "la sécurité passait | la sécurité, passait | 11:11=,",
        "le masque et les gants | le masque les gants | 10:13=",
        "🏭 vous travaillez | 🏭 nous travaillez | 2:6=nous",
        "Martine parle. Paul parle. | Martine parlait. Paul parlait. | 8:13=parlait;20:25=parlait",
        "début | début de phrase | 5:5= de phrase",
    })
    void changesAreWholeWordsInCodePointsOfTheOldText(String before, String after, String expected) {
        List<TextReplacement> changes = TextDiff.between(before, after);

        assertThat(String.join(";", changes.stream().map(c -> c.start() + ":" + c.end() + "=" + c.text()).toList()))
                .isEqualTo(expected);
        assertThat(applied(before, changes)).isEqualTo(after);
    }

    @Test
    void equalTextsHaveNoChange() {
        assertThat(TextDiff.between("même texte", "même texte")).isEmpty();
    }

    @Test
    void randomEditsAreRebuiltExactly() {
        Random random = new Random(6);
        String[] pieces = {"usine", "l’été", "ouvrière", "🏭", "Feyzin", ",", " ", "\n", "sécurité", "é", "s"};
        for (int round = 0; round < 200; round++) {
            List<String> before = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                before.add(pieces[random.nextInt(pieces.length)]);
            }
            List<String> after = new java.util.ArrayList<>(before);
            for (int e = 0; e < 1 + random.nextInt(5); e++) {
                int at = random.nextInt(after.size());
                if (random.nextBoolean()) {
                    after.remove(at);
                } else {
                    after.add(at, pieces[random.nextInt(pieces.length)]);
                }
            }
            String old = String.join("", before);
            String now = String.join("", after);
            assertThat(applied(old, TextDiff.between(old, now))).isEqualTo(now);
        }
    }

    @Test
    void aTextPastedOverIsOneReplacementBetweenTheCommonEnds() {
        StringBuilder before = new StringBuilder("Début. ");
        StringBuilder after = new StringBuilder("Début. ");
        for (int i = 0; i < TextDiff.MAX_CHANGES; i++) {
            before.append("a").append(i).append(' ');
            after.append("b").append(i).append(' ');
        }
        before.append("Fin.");
        after.append("Fin.");

        List<TextReplacement> changes = TextDiff.between(before.toString(), after.toString());

        assertThat(changes).singleElement().satisfies(change -> assertThat(change.start()).isEqualTo(7));
        assertThat(applied(before.toString(), changes)).isEqualTo(after.toString());
    }

    static String applied(String before, List<TextReplacement> changes) {
        CodePointIndex index = new CodePointIndex(before);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextReplacement change : changes) {
            out.append(index.substring(at, change.start())).append(change.text());
            at = change.end();
        }
        return out.append(index.substring(at, index.codePointLength())).toString();
    }
}
