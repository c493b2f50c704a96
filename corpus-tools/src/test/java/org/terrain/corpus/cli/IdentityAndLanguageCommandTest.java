package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.ChildJvm;
import org.terrain.corpus.testing.Fixtures;

/**
 * What a new user trips on at the command line: who the project says made each change (one identity for the
 * codings, memos, journal and log), and English words in French output (the log, undo, sources, a missing
 * command).
 */
class IdentityAndLanguageCommandTest {
    private static final String CODE = "Rapport au travail";

    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "e.txt", Fixtures.INTERVIEW).toString());
        CliRun.of("codes", "add", p, CODE);
    }

    @Test
    void theCoderOptionNamesTheCodingTheMemosTheJournalAndTheLog() {
        String marie = "Marie Dupont";
        assertThat(CliRun.of("code", p, "--source", "e.txt", "--code", CODE, "--match", "usine", "--coder", marie)
                .exit()).isZero();
        assertThat(CliRun.of("memo", p, "--source", "e.txt", "premier passage", "--coder", marie).exit()).isZero();
        assertThat(CliRun.of("memo", p, "--journal", "visite à l’usine", "--coder", marie).exit()).isZero();
        assertThat(CliRun.of("undo", p, "--coder", marie).exit()).isZero();
        assertThat(CliRun.of("redo", p, "--coder", marie).exit()).isZero();

        assertThat(CliRun.of("segments", p, "--json").json().get(0).path("coder").asText()).isEqualTo(marie);
        for (JsonNode memo : CliRun.of("memo", p, "--json").json()) {
            assertThat(memo.path("author").asText()).as(memo.toString()).isEqualTo(marie);
        }
        JsonNode log = CliRun.of("log", p, "--json").json();
        List<String> who = new ArrayList<>();
        log.forEach(entry -> who.add(entry.path("who").asText()));
        assertThat(who.subList(who.size() - 5, who.size())).containsOnly(marie);
    }

    @Test
    void theCoderComesFromTerrainCoderWhenNotGiven() throws Exception {
        runWithTerrainCoder("doctorante", "code", p, "--source", "e.txt", "--code", CODE, "--match", "usine");
        runWithTerrainCoder("doctorante", "memo", p, "--journal", "visite");
        assertThat(CliRun.of("segments", p, "--json").json().get(0).path("coder").asText()).isEqualTo("doctorante");
        assertThat(CliRun.of("memo", p, "--journal", "--json").json().get(0).path("author").asText())
                .isEqualTo("doctorante");
        JsonNode log = CliRun.of("log", p, "--json").json();
        assertThat(log.get(log.size() - 1).path("who").asText()).isEqualTo("doctorante");
        assertThat(log.get(log.size() - 2).path("who").asText()).isEqualTo("doctorante");
    }

    /** The command in a JVM of its own, whose environment holds TERRAIN_CODER. */
    private static void runWithTerrainCoder(String coder, String... args) throws Exception {
        try (ChildJvm child = ChildJvm.start(List.of(), Map.of("TERRAIN_CODER", coder), TerrainCli.class, args)) {
            assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.process().exitValue()).as(String.join("\n", child.stderr())).isZero();
        }
    }

    @Test
    void theLogSpeaksFrenchOrEnglish() {
        assertThat(CliRun.of("autocode", p, "--code", CODE, "--query", "usine", "--unit", "sentence").exit()).isZero();

        JsonNode french = CliRun.of("log", p, "--json", "--lang", "fr").json();
        JsonNode autocode = french.get(french.size() - 1);
        assertThat(autocode.path("message").asText())
                .contains("codage automatique", "« " + CODE + " »", "usine", "phrase")
                .doesNotContain(" on ", "sentence", "autocode");
        assertThat(french.get(0).path("message").asText()).isEqualTo("import de « e.txt »");
        assertThat(french.get(1).path("message").asText()).isEqualTo("création du code « " + CODE + " »");
        assertThat(autocode.path("summary").asText()).as("the stored summary stays, for scripts").isNotBlank();

        JsonNode english = CliRun.of("log", p, "--json", "--lang", "en").json();
        assertThat(english.get(english.size() - 1).path("message").asText())
                .contains("auto-coding", "\"" + CODE + "\"", "usine", "sentence");
        assertThat(english.get(1).path("message").asText()).isEqualTo("creating the code \"" + CODE + "\"");

        String text = CliRun.of("log", p, "--lang", "fr").out();
        assertThat(text).contains("codage automatique").doesNotContain("sentence", " on ");
    }

    @Test
    void undoSaysWhatItUndidInFrench() {
        CliRun.of("autocode", p, "--code", CODE, "--query", "usine", "--unit", "sentence");

        CliRun undo = CliRun.of("undo", p, "--lang", "fr");
        assertThat(undo.err()).startsWith("Annulé : codage automatique")
                .doesNotContain(" on ", "sentence", "autocode");
        CliRun redo = CliRun.of("redo", p, "--lang", "en");
        assertThat(redo.err()).startsWith("Redone: auto-coding");
        JsonNode log = CliRun.of("log", p, "--json", "--lang", "fr").json();
        assertThat(log.get(log.size() - 1).path("message").asText()).startsWith("codage automatique");
        assertThat(CliRun.of("log", p, "--lang", "en").out()).contains("(undone)").doesNotContain("annulé");
    }

    @Test
    void sourcesAreListedInTheUsersLanguage() {
        String english = CliRun.of("sources", p, "--lang", "en").out();
        assertThat(english).contains("words", "turns").doesNotContain("mots", "tours");
        String french = CliRun.of("sources", p, "--lang", "fr").out();
        assertThat(french).contains("mots", "tours").doesNotContain("words", "turns");
    }

    @Test
    void aMissingCommandIsAUsageErrorInBothLanguages() {
        CliRun bare = CliRun.of();
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).as("in the user's language, whichever it is").doesNotContain("missing command");
        CliRun french = CliRun.of("--lang", "fr");
        assertThat(french.exit()).isEqualTo(2);
        assertThat(french.err()).startsWith("Erreur : Il manque la commande");
        CliRun english = CliRun.of("--lang", "en");
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).startsWith("Error: A command is missing");
        CliRun json = CliRun.of("--json");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.json().path("error").path("code").asText()).isEqualTo("usage");
        assertThat(CliRun.of("--version").out()).as("the standard options stay").startsWith("terrain ");
    }
}
