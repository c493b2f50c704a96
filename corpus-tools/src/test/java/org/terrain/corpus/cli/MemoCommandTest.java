package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terrain memo (write, read, journal, search) and terrain export journal|memos|codebook-log. */
class MemoCommandTest {
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() throws Exception {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path text = Files.writeString(dir.resolve("martine.txt"), "ENQ : Vous travaillez où ?\nMARTINE : À l’usine.\n");
        assertThat(CliRun.of("import", p, text.toString(), "--kind", "interview").exit()).isZero();
        assertThat(CliRun.of("codes", "add", p, "Pratiques/Travail").exit()).isZero();
    }

    @Test
    void aJournalEntryIsAddedDatedAndListed() {
        CliRun added = CliRun.of("memo", p, "--journal", "Première visite à l’usine.", "--title", "Visite",
                "--date", "2026-03-16", "--json");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.json().get(0).path("title").asText()).isEqualTo("Visite");

        CliRun listed = CliRun.of("memo", p, "--journal", "--json");
        JsonNode entry = listed.json().get(0);
        assertThat(entry.path("target").asText()).isEqualTo("journal");
        assertThat(entry.path("body").asText()).isEqualTo("Première visite à l’usine.");
        assertThat(entry.path("created").asText()).contains("2026-03-1");
        assertThat(CliRun.of("undo", p).exit()).isZero();
        assertThat(CliRun.of("memo", p, "--journal", "--json").json()).isEmpty();
    }

    @Test
    void memosOnASourceAndACodeAreWrittenReadAndFoundIgnoringAccents() {
        assertThat(CliRun.of("memo", p, "--source", "martine.txt", "Elle parle de l’école.").exit()).isZero();
        assertThat(CliRun.of("memo", p, "--code", "Pratiques/Travail", "le poste").exit()).isZero();

        CliRun read = CliRun.of("memo", p, "--source", "martine.txt");
        assertThat(read.out()).contains("source\tmartine.txt").contains("Elle parle de l’école.");
        CliRun found = CliRun.of("memo", p, "--search", "ECOLE", "--json");
        assertThat(found.json()).hasSize(1);
        assertThat(found.json().get(0).path("about").asText()).isEqualTo("martine.txt");
        assertThat(CliRun.of("memo", p, "--json").json()).hasSize(2);

        assertThat(CliRun.of("memo", p, "--code", "Pratiques/Travail", "").exit()).isZero();
        assertThat(CliRun.of("memo", p, "--code", "Pratiques/Travail", "--json").json()).isEmpty();
    }

    @Test
    void unknownTargetsAndBadDatesAreRefused() {
        assertThat(CliRun.of("memo", p, "--source", "absent.txt", "x").exit()).isEqualTo(1);
        assertThat(CliRun.of("memo", p, "--journal", "x", "--date", "16/03/2026").exit()).isEqualTo(2);
        assertThat(CliRun.of("memo", p, "--source", "martine.txt", "--code", "Pratiques", "x").exit()).isEqualTo(2);
    }

    @Test
    void journalMemosAndCodebookLogExportInMarkdownAndHtml() throws Exception {
        CliRun.of("memo", p, "--journal", "Entrée <un> & deux", "--title", "Jour 1");
        CliRun.of("memo", p, "--source", "martine.txt", "mémo de source");
        CliRun.of("codes", "rename", p, "Pratiques/Travail", "Travail posté");
        String[][] cases = {{"journal", "j.md", "Jour 1"}, {"journal", "j.html", "Entrée &lt;un&gt; &amp; deux"},
                {"memos", "m.md", "mémo de source"}, {"codebook-log", "h.html", "renommé en « Travail posté »"}};
        for (String[] c : cases) {
            Path out = dir.resolve(c[1]);
            CliRun run = CliRun.of("export", c[0], p, out.toString(), "--json");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json().path("format").asText()).isEqualTo(c[1].endsWith(".md") ? "markdown" : "html");
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(c[2]);
        }
        CliRun bad = CliRun.of("export", "memos", p, dir.resolve("m.docx").toString(), "--json");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.json().path("error").path("code").asText()).isEqualTo("export_bad_extension");
    }
}
