package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.analysis.Specificities;
import org.terrain.corpus.testing.Fixtures;

class ContrastCommandTest {
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "entretien.txt", Fixtures.INTERVIEW).toString(),
                "--kind", "interview");
        CliRun.of("import", p, Fixtures.write(dir.resolve("in2"), "article.txt",
                "L’industrie du futur à Saint-Fons : la chimie recrute, l’usine se modernise.").toString(),
                "--kind", "discourse");
    }

    @Test
    void jsonHasTheContractFieldsAndScoresFollowLafon() {
        CliRun run = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = run.json();
        long tA = result.path("a").path("tokens").asLong();
        long tB = result.path("b").path("tokens").asLong();
        assertThat(tA).isPositive();
        assertThat(tB).isPositive();
        for (JsonNode row : result.path("rows")) {
            for (String field : new String[] {"term", "a", "b", "expected", "score", "effect"}) {
                assertThat(row.has(field)).as(field).isTrue();
            }
            long a = row.path("a").asLong();
            long F = a + row.path("b").asLong();
            assertThat(row.path("score").asDouble()).isCloseTo(Specificities.score(tA + tB, tA, F, a), within(1e-9));
        }
        JsonNode top = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "rest", "--top", "2", "--method", "g2",
                "--json").json();
        assertThat(top.path("rows")).hasSize(4);
    }

    @Test
    void contentWordsLeaveTheFunctionWordsOutAndKeepEveryOtherRowAsItWas() {
        JsonNode all = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse", "--json").json();
        JsonNode content = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse", "--content-words",
                "--json").json();

        assertThat(all.findValuesAsText("term")).contains("a", "de", "les", "à", "la", "sont", "oui").contains("usine");
        assertThat(content.findValuesAsText("term")).doesNotContain("a", "de", "les", "à", "la", "sont", "oui", "se",
                "du", "depuis").contains("usine", "chimie", "ouvrières", "changé");
        assertThat(content.path("a")).isEqualTo(all.path("a"));
        for (JsonNode row : content.path("rows")) {
            JsonNode same = null;
            for (JsonNode candidate : all.path("rows")) {
                if (candidate.path("term").equals(row.path("term"))) {
                    same = candidate;
                }
            }
            assertThat(row).as("scores count every word: the same as without the filter").isEqualTo(same);
        }
    }

    @Test
    void thePlainOutputNamesItsColumns() {
        CliRun run = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse");

        assertThat(run.out().lines().skip(1).findFirst().orElseThrow().split("\\s+"))
                .containsExactly("term", "a", "b", "expected", "score", "effect");
        assertThat(CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse", "--method", "g2").out()
                .lines().skip(1).findFirst().orElseThrow()).contains("g2");
    }

    @Test
    void overlappingSelectorsExitTwo() {
        CliRun run = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "speaker=MARTINE", "--json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("selectors_overlap");
        assertThat(CliRun.of("contrast", p, "--a", "kind=interview", "--b", "rest", "--unit", "mots").exit())
                .isEqualTo(2);
    }
}
