package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;

/** search and autocode as the contract states them: options, JSON fields, exit codes. */
class SearchCommandTest {
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "entretien.txt", Fixtures.INTERVIEW).toString(),
                "--kind", "interview", "--attr", "site=Saint-Fons");
        CliRun.of("import", p, Fixtures.write(dir.resolve("in2"), "article.txt",
                "Les ouvrières de l’usine de Saint-Fons.").toString(), "--kind", "discourse");
    }

    @Test
    void searchPrintsTotalDocumentsAndHitsWithTheirFields() {
        CliRun run = CliRun.of("search", p, "usine", "--json", "--limit", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = run.json();
        assertThat(result.path("total").asInt()).isEqualTo(5);
        assertThat(result.path("documents").asInt()).isEqualTo(2);
        assertThat(result.path("hits")).hasSize(2);
        JsonNode hit = result.path("hits").get(0);
        for (String field : new String[] {"source", "kind", "start", "end", "left", "match", "right"}) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        String text = CliRun.of("text", p, hit.path("source").asText()).out();
        assertThat(new org.terrain.corpus.text.CodePointIndex(text)
                .substring(hit.path("start").asInt(), hit.path("end").asInt())).isEqualTo(hit.path("match").asText());
    }

    @Test
    void filtersCombine() {
        assertThat(CliRun.of("search", p, "usine", "--kind", "discourse", "--json").json().path("total").asInt())
                .isEqualTo(1);
        assertThat(CliRun.of("search", p, "usine", "--speaker", "MARTINE", "--json").json().path("total").asInt())
                .isEqualTo(2);
        assertThat(CliRun.of("search", p, "usine", "--attr", "site=Saint-Fons", "--attr", "site=Lyon", "--json")
                .json().path("documents").asInt()).isEqualTo(1);
        assertThat(CliRun.of("search", p, "Saint-Fons", "--json").json().path("total").asInt()).isEqualTo(2);
    }

    /** The examples, on the demo corpus: accents and case never matter, inflections still join. */
    @Test
    void accentsAndCaseDoNotMatterOnTheDemoCorpus() {
        String demo = dir.resolve("demo").toString();
        CliRun.of("init", demo);
        CliRun imported = CliRun.of("import", demo,
                Path.of("..", "src", "demo-corpus").toAbsolutePath().normalize().toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        String[][] typedAndAccented = {{"securite", "sécurité"}, {"SECURITE", "sécurité"}, {"securit*", "sécurit*"},
            {"securite~1", "sécurité~1"}, {"ouvrieres", "ouvrières"}, {"OUVRIERES", "ouvrières"}, {"ecole", "école"},
            {"\"ETAIT PAS ECOUTEES\"", "\"était pas écoutées\""}};
        for (String[] pair : typedAndAccented) {
            JsonNode expected = CliRun.of("search", demo, pair[1], "--json").json();
            assertThat(expected.path("total").asInt()).as(pair[1]).isPositive();
            CliRun run = CliRun.of("search", demo, pair[0], "--json");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json()).as(pair[0]).isEqualTo(expected);
        }
        assertThat(CliRun.of("search", demo, "securite", "--json").json().path("total").asInt()).isEqualTo(2);
        assertThat(CliRun.of("search", demo, "ouvrieres", "--json").json().path("total").asInt()).isEqualTo(2);
    }

    @Test
    void badQueriesAndUnknownCodesHaveTheirExitCodes() {
        assertThat(CliRun.of("search", p, "\"usine", "--json").exit()).isEqualTo(2);
        assertThat(CliRun.of("search", p, "usine", "--kind", "roman", "--json").exit()).isEqualTo(2);
        CliRun unknown = CliRun.of("search", p, "usine", "--code", "Nope", "--json");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.json().path("error").path("code").asText()).isEqualTo("unknown_code");
    }

    @Test
    void autocodeThenSearchInsideTheCodeThenUndoInOneStep() {
        CliRun.of("codes", "add", p, "Pratiques/Usine");
        CliRun coded = CliRun.of("autocode", p, "--code", "Pratiques/Usine", "--query", "usine", "--unit", "sentence",
                "--json");
        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(coded.json().path("segments").asInt()).isEqualTo(5);
        assertThat(CliRun.of("search", p, "ouvrières", "--code", "Pratiques", "--json").json().path("total").asInt())
                .isEqualTo(2);
        assertThat(CliRun.of("autocode", p, "--code", "Pratiques/Usine", "--speaker", "ENQ", "--json").json()
                .path("segments").asInt()).isEqualTo(2);
        CliRun.of("undo", p);
        CliRun.of("undo", p);
        assertThat(CliRun.of("segments", p, "--json").json()).isEmpty();
        assertThat(CliRun.of("autocode", p, "--code", "Nope", "--speaker", "ENQ").exit()).isEqualTo(1);
        assertThat(CliRun.of("autocode", p, "--code", "Pratiques/Usine", "--query", "x", "--unit", "page").exit())
                .isEqualTo(2);
    }
}
