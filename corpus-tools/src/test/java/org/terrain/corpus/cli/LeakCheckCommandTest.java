package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terrain leak-check: the contract's JSON, exit 1 on a leak, 0 on a clean export. */
class LeakCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheLeaksAsJsonAndExitsOne() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path out = Files.createDirectories(dir.resolve("export"));
        Files.writeString(out.resolve("segments.csv"), "texte\n\"j'habite à Feyzin\"\n");
        Files.writeString(out.resolve("propre.txt"), "Martinez, Feyzinois");

        CliRun run = CliRun.of("leak-check", p, out.toString(), "--original", "Feyzin", "--original", "Martine",
                "--json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode leaks = run.json().path("leaks");
        assertThat(leaks).hasSize(1);
        JsonNode leak = leaks.get(0);
        assertThat(leak.path("file").asText()).endsWith("segments.csv");
        assertThat(leak.has("entry")).isTrue();
        assertThat(leak.path("entry").isNull()).isTrue();
        assertThat(leak.path("original").asText()).isEqualTo("Feyzin");
        assertThat(leak.path("context").asText()).contains("habite à Feyzin");
        assertThat(run.err()).contains("Un original trouvé");
    }

    @Test
    void aCleanExportExitsZero() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path clean = Files.writeString(dir.resolve("propre.txt"), "Martinez, Feyzinois");

        CliRun run = CliRun.of("leak-check", p, clean.toString(), "--original", "Feyzin", "--original", "Martine",
                "--json", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().path("leaks")).isEmpty();
        assertThat(run.err()).contains("No original found");
    }

    @Test
    void aMissingPathIsNamed() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun run = CliRun.of("leak-check", p, dir.resolve("nowhere.docx").toString(), "--original", "Martine",
                "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.docx").doesNotContain("Exception");
    }
}
