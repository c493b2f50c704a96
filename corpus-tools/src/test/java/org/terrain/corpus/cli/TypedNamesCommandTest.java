package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrain.corpus.testing.Fixtures;

/** Names a person types that the project must not take: each a usage error (exit 2) that records nothing. */
class TypedNamesCommandTest {
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "e.txt", Fixtures.INTERVIEW).toString());
        CliRun.of("codes", "add", p, "Travail");
        CliRun.of("codes", "add", p, "Autre");
    }

    @Test
    void renamingOntoASiblingsNameIsRefusedWithAMessageNotAStackTrace() {
        CliRun run = CliRun.of("codes", "rename", p, "Travail", "Autre", "--json", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("code_exists");
        assertThat(run.err()).contains("Code \"Autre\" already exists").doesNotContain("SQLITE", "Exception");
        assertThat(CliRun.of("codes", "list", p, "--json").json().findValuesAsText("path"))
                .containsExactlyInAnyOrder("Travail", "Autre");
    }

    @Test
    void renamingToItsOwnNameChangesNothingAndSucceeds() {
        assertThat(CliRun.of("codes", "rename", p, "Travail", "Travail").exit()).isZero();
    }

    @Test
    void anEmptyInterviewerLabelIsRefusedAndRecordsNoOperation() {
        int before = CliRun.of("log", p, "--json").json().size();

        CliRun run = CliRun.of("speakers", p, "--interviewer", "", "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("bad_speaker_label");
        assertThat(CliRun.of("log", p, "--json").json().size()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Travail\nà l'usine", "rouge\u001B[31m", "Pratiques/tab\there", "sép\u2028aré"})
    void codeNamesWithALineBreakOrAnEscapeSequenceAreRefused(String name) {
        CliRun run = CliRun.of("codes", "add", p, name, "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("code_name_control");
        assertThat(run.err()).doesNotContain("\u001B");
        assertThat(CliRun.of("codes", "list", p, "--json").json()).hasSize(2);
    }

    @Test
    void aRenameToANameWithALineBreakIsRefused() {
        CliRun run = CliRun.of("codes", "rename", p, "Travail", "Tra\nvail", "--json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("code_name_control");
    }
}
