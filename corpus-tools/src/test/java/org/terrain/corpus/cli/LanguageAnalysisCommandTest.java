package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotate, entities, lemma: search and contrast --unit lemma through the command line, as scripts use them. */
class LanguageAnalysisCommandTest {
    @TempDir
    static Path dir;
    static String p;
    static JsonNode annotated;

    @BeforeAll
    static void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, write("entretien.txt", """
                [00:00:02] ENQ : vous travaillez où ?
                [00:00:05] MARTINE : les ouvriers travaillaient à l’usine de Vénissieux, moi je travaille encore.
                [00:00:09] MARTINE : Renault embauchait beaucoup à Lyon.
                """), "--kind", "interview");
        CliRun.of("import", p, write("discours.txt",
                "La métropole de Lyon soutient l’industrie du futur. L’innovation est une ambition nationale."),
                "--kind", "discourse");
        CliRun run = CliRun.of("annotate", p, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        annotated = run.json();
    }

    private static String write(String name, String text) {
        return org.terrain.corpus.testing.Fixtures.write(dir.resolve("in-" + name), name, text).toString();
    }

    @Test
    void annotateReportsWhatItDidAndASecondRunDoesNothing() {
        assertThat(annotated.path("sources").asInt()).isEqualTo(2);
        assertThat(annotated.path("tokens").asLong()).isPositive();
        assertThat(annotated.has("seconds")).isTrue();
        JsonNode again = CliRun.of("annotate", p, "--json").json();
        assertThat(again.path("sources").asInt()).isZero();
        assertThat(again.path("tokens").asLong()).isZero();
    }

    @Test
    void lemmaSearchFindsEveryFormAndTheDefaultSearchIsUnchanged() {
        JsonNode lemma = CliRun.of("search", p, "lemma:travailler", "--json").json();
        List<String> matches = new ArrayList<>();
        lemma.path("hits").forEach(h -> matches.add(h.path("match").asText()));
        assertThat(matches).containsExactlyInAnyOrder("travaillez", "travaillaient", "travaille");
        assertThat(lemma.path("total").asInt()).isEqualTo(3);
        JsonNode plain = CliRun.of("search", p, "exact:travaille", "--json").json();
        assertThat(plain.path("total").asInt()).as("exact: still means the written form").isEqualTo(1);
        assertThat(CliRun.of("search", p, "lemma:être", "--json").json().path("total").asInt())
                .as("accents as typed").isEqualTo(1);
    }

    @Test
    void contrastByLemmaCountsTheFormsOfOneLemmaTogether() {
        CliRun run = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse", "--unit", "lemma",
                "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode row = find(run.json(), "travailler");
        assertThat(row.path("a").asInt()).as("travaillaient and travaille; the interviewer's travaillez is left out")
                .isEqualTo(2);
        JsonNode verbs = CliRun.of("contrast", p, "--a", "kind=interview", "--b", "kind=discourse", "--unit", "lemma",
                "--pos", "VERB", "--json").json();
        assertThat(find(verbs, "travailler")).isNotNull();
        verbs.path("rows").forEach(r -> assertThat(r.path("term").asText()).isNotIn("usine", "ouvrier", "Lyon"));
        assertThat(CliRun.of("contrast", p, "--a", "kind=interview", "--b", "rest", "--pos", "VERB").exit())
                .as("--pos needs --unit lemma").isEqualTo(2);
    }

    @Test
    void theConcordanceOfALemmaShowsEveryFormOnEachSide() {
        CliRun run = CliRun.of("concordance", p, "--a", "kind=interview", "--b", "kind=discourse", "--term", "travailler",
                "--unit", "lemma", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> matches = new ArrayList<>();
        run.json().path("a").forEach(line -> matches.add(line.path("match").asText()));
        assertThat(matches).as("the interviewer's « travaillez » left out").containsExactlyInAnyOrder("travaillaient",
                "travaille");
        assertThat(CliRun.of("concordance", p, "--a", "kind=interview", "--b", "rest", "--term", "x", "--unit", "code")
                .exit()).isEqualTo(2);
    }

    @Test
    void entitiesListTextTypeCountAndSources() {
        CliRun run = CliRun.of("entities", p, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        int lyon = 0;
        java.util.Set<String> where = new java.util.TreeSet<>();
        for (JsonNode e : run.json()) {
            assertThat(e.has("text") && e.has("type") && e.has("count") && e.has("sources")).isTrue();
            if (e.path("text").asText().contains("Lyon")) { // « Lyon » alone, or « métropole de Lyon »
                lyon += e.path("count").asInt();
                e.path("sources").forEach(s -> where.add(s.asText()));
            }
        }
        assertThat(lyon).as("one mention in each source").isEqualTo(2);
        assertThat(where).containsExactly("discours.txt", "entretien.txt");
        JsonNode inOne = CliRun.of("entities", p, "--source", "discours.txt", "--type", "LOC", "--json").json();
        inOne.forEach(e -> {
            assertThat(e.path("type").asText()).isEqualTo("LOC");
            assertThat(e.path("sources").get(0).asText()).isEqualTo("discours.txt");
        });
        assertThat(CliRun.of("entities", p, "--type", "PLACE", "--json").exit()).isEqualTo(2);
        assertThat(CliRun.of("entities", p, "--source", "absent.txt", "--json").exit()).isEqualTo(1);
    }

    private static JsonNode find(JsonNode result, String term) {
        for (JsonNode row : result.path("rows")) {
            if (row.path("term").asText().equals(term)) {
                return row;
            }
        }
        return null;
    }
}
