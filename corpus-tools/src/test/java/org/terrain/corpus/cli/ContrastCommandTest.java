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
    void overlappingSelectorsExitTwo() {
        CliRun run = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "speaker=MARTINE", "--json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("selectors_overlap");
        assertThat(CliRun.of("contrast", p, "--a", "kind=interview", "--b", "rest", "--unit", "mots").exit())
                .isEqualTo(2);
    }
}
