package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.testing.Fixtures;

/** Exit codes and error JSON as the contract states them. */
class ExitCodesTest {
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "e.txt", Fixtures.INTERVIEW).toString());
        CliRun.of("codes", "add", p, "A/B");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown source      | code,P,--source,x.txt,--code,A/B,--range,0:3         | 1 | unknown_source",
        "unknown code        | code,P,--source,e.txt,--code,A/Z,--range,0:3         | 1 | unknown_code",
        "range out of bounds | code,P,--source,e.txt,--code,A/B,--range,0:100000    | 1 | range_out_of_bounds",
        "no match            | code,P,--source,e.txt,--code,A/B,--match,raffinerie  | 1 | no_match",
        "bad range           | code,P,--source,e.txt,--code,A/B,--range,5:2         | 2 | bad_range",
        "range and match     | code,P,--source,e.txt,--code,A/B,--range,0:2,--match,a | 2 | usage",
        "unknown command     | frobnicate,P                                         | 2 | usage",
        "unknown option      | sources,P,--frob                                     | 2 | usage",
        "missing project     | sources                                              | 2 | usage",
        "bad kind            | import,P,P,--kind,novel                              | 2 | bad_kind",
        "existing project    | init,P                                               | 2 | project_exists",
        "not a project       | sources,NOPE                                         | 1 | not_a_project",
        "unknown text source | text,P,x.txt                                         | 1 | unknown_source",
    })
    void errorsExitWithTheirCodeAndJson(String what, String args, int exit, String code) {
        String[] argv = (args.strip() + ",--json").replace("NOPE", dir.resolve("nope").toString())
                .replace("P", p).split(",");
        CliRun run = CliRun.of(argv);
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo(code);
        assertThat(run.json().path("error").path("message").asText()).isNotBlank();
    }

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() {
        assertThat(CliRun.of("text", p, "x.txt", "--lang", "fr").err()).contains("Source inconnue");
        assertThat(CliRun.of("text", p, "x.txt", "--lang", "en").err()).contains("Unknown source");
    }

    @Test
    void textPrintsExactlyTheCanonicalText() {
        assertThat(CliRun.of("text", p, "e.txt").out()).isEqualTo(Fixtures.INTERVIEW);
    }

    @Test
    void undoAndRedoThroughTheCommandLine() {
        assertThat(CliRun.of("codes", "list", p, "--json").json()).hasSize(2);
        assertThat(CliRun.of("undo", p).exit()).isZero();
        assertThat(CliRun.of("codes", "list", p, "--json").json()).isEmpty();
        assertThat(CliRun.of("redo", p).exit()).isZero();
        assertThat(CliRun.of("codes", "list", p, "--json").json()).hasSize(2);
        assertThat(CliRun.of("log", p, "--json").json().size()).isEqualTo(4);
        assertThat(CliRun.of("check", p, "--full", "--json").json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void everyCommandHasItsHelp() {
        java.util.List<String> names = java.util.Arrays.stream(
                        TerrainCli.class.getAnnotation(picocli.CommandLine.Command.class).subcommands())
                .map(type -> type.getAnnotation(picocli.CommandLine.Command.class).name()).toList();
        assertThat(names).contains("annotate", "entities", "nlp-eval", "contrast", "import");
        for (String name : names) {
            CliRun run = CliRun.of(name, "--help");
            assertThat(run.exit()).as(name).isZero();
            assertThat(run.out()).as(name).startsWith("Usage: terrain " + name);
            assertThat(run.err()).as(name).doesNotContain("WARN");
        }
    }
}
