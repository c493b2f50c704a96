package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.text.CodePointIndex;

/** terrain edit: codings stay on the same words before, inside and after an edit; a deleted one is named. */
class EditCommandTest {
    static final String TEXT = """
            [00:00:02] ENQ : 🏭 vous travaillez à l’usine depuis longtemps ?
            [00:00:05] MARTINE : oui, à l’usine de Saint-Fons, l’été comme l’hiver
            [00:00:11] ENQ : et la sécurité ?
            [00:00:14] MARTINE : la sécurité, c’est le masque et les gants
            """;
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "e.txt", TEXT).toString(), "--kind", "interview");
        CliRun.of("codes", "add", p, "Lieu");
        CliRun.of("codes", "add", p, "Sécurité");
        CliRun.of("code", p, "--source", "e.txt", "--code", "Lieu", "--match", "l’usine de Saint-Fons");
        CliRun.of("code", p, "--source", "e.txt", "--code", "Sécurité", "--match", "le masque et les gants");
    }

    private String text() {
        return CliRun.of("text", p, "e.txt").out();
    }

    private List<String> codedTexts() {
        List<String> out = new ArrayList<>();
        String text = text();
        CodePointIndex index = new CodePointIndex(text);
        for (JsonNode s : CliRun.of("segments", p, "--json").json()) {
            String atPositions = index.substring(s.path("start").asInt(), s.path("end").asInt());
            assertThat(atPositions).isEqualTo(s.path("text").asText());
            out.add(atPositions);
        }
        return out;
    }

    private int at(String words) {
        String text = text();
        return text.codePointCount(0, text.indexOf(words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "insert before both    | 🏭 vous       | 0  | 🎙️ Bonjour. |l’usine de Saint-Fons;le masque et les gants",
        "correct inside one    | Saint-Fons   | 9  | d            |l’usine de Saint-Fonds;le masque et les gants",
        "insert after both     | gants        | 5  | , toujours   |l’usine de Saint-Fons;le masque et les gants",
        "between the two       | l’été        | 0  | été été      |l’usine de Saint-Fons;le masque et les gants",
    })
    void codingsFollowTheirWords(String what, String anchor, int offset, String inserted, String expected) {
        int position = at(anchor) + offset;
        CliRun run = CliRun.of("edit", p, "--source", "e.txt", "--range", position + ":" + position, "--replace",
                inserted.stripLeading(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().path("removed")).isEmpty();
        assertThat(codedTexts()).containsExactly(expected.split(";"));
    }

    @Test
    void aCorrectionInsideASegmentStretchesItAndAccentsAndEmojiDoNotShiftIt() {
        int start = at("Saint-Fons");
        CliRun.of("edit", p, "--source", "e.txt", "--range", start + ":" + (start + 5), "--replace", "Sainte");
        assertThat(codedTexts()).containsExactly("l’usine de Sainte-Fons", "le masque et les gants");
    }

    @Test
    void deletingAllTheWordsOfACodingRemovesItNamesItAndUndoBringsItBack() {
        int start = at("le masque et les gants");
        CliRun run = CliRun.of("edit", p, "--source", "e.txt", "--range", start + ":" + (start + 22), "--replace", "",
                "--json", "--lang", "en");
        assertThat(run.exit()).isZero();
        assertThat(run.json().path("removed").get(0).asText()).contains("Sécurité").contains("le masque et les gants");
        assertThat(run.err()).contains("Coding removed");
        assertThat(codedTexts()).containsExactly("l’usine de Saint-Fons");
        assertThat(text()).contains("la sécurité, c’est \n");
        CliRun.of("undo", p);
        assertThat(text()).isEqualTo(TEXT);
        assertThat(codedTexts()).containsExactly("l’usine de Saint-Fons", "le masque et les gants");
    }

    @Test
    void turnsFollowTheEditAndSearchSeesTheNewText() {
        int start = at("Saint-Fons");
        CliRun.of("edit", p, "--source", "e.txt", "--range", start + ":" + (start + 10), "--replace", "Feyzin");
        JsonNode source = CliRun.of("sources", p, "--json").json().get(0);
        assertThat(source.path("turns").asInt()).isEqualTo(4);
        assertThat(CliRun.of("search", p, "Feyzin", "--speaker", "MARTINE", "--json").json().path("total").asInt())
                .isEqualTo(1);
        assertThat(CliRun.of("search", p, "Saint-Fons", "--json").json().path("total").asInt()).isZero();
        assertThat(CliRun.of("edit", p, "--source", "e.txt", "--range", "0:99999", "--replace", "x").exit())
                .isEqualTo(1);
    }
}
