package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.DemoCoding;
import org.terrain.corpus.coding.QuoteCoder;
import org.terrain.corpus.store.ProjectStore;

class CodebookCommandTest {
    @TempDir
    Path dir;

    @Test
    void theStarterCodebookInstallsAndTheDemoCorpusIsCodedWithIt() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path demo = Path.of("..", "src", "demo-corpus").toAbsolutePath().normalize();
        CliRun imported = CliRun.of("import", p, demo.toString(), "--json");
        assertThat(imported.json().path("failed")).isEmpty();
        CliRun loaded = CliRun.of("codes", "load", p, "--starter", "--json");
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.json().path("codes").asInt()).isGreaterThan(20);

        List<DemoCoding.Entry> entries;
        try (InputStream in = Files.newInputStream(demo.resolve("demo-coding.yaml"))) {
            entries = DemoCoding.load(in);
        }
        try (ProjectStore store = ProjectStore.open(Path.of(p), "test")) {
            assertThat(new QuoteCoder(store).code(entries)).isEqualTo(entries.size());
            assertThat(store.segments().list(null, null)).hasSize(entries.size());
            for (var segment : store.segments().list(null, null)) {
                assertThat(entries).anySatisfy(e -> assertThat(e.quote()).isEqualTo(segment.text()));
            }
        }
    }

    @Test
    void aCodebookWithErrorsInstallsNothingAndSaysWhere() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path bad = Files.writeString(dir.resolve("livre.yaml"), """
                name: Mon livre
                language: fr
                codes:
                  - name: Pratiques
                    color: "#zzzzzz"
                  - name: Pratiques
                """);
        CliRun run = CliRun.of("codes", "load", p, bad.toString(), "--json", "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("codebook_invalid");
        assertThat(run.err()).contains("livre.yaml:4").contains("#zzzzzz").contains("livre.yaml:6");
        assertThat(CliRun.of("codes", "list", p, "--json").json()).isEmpty();
        assertThat(CliRun.of("codes", "load", p, "--json").exit()).isEqualTo(2);
    }

    @Test
    void aCodebooksGroupsBecomeSetsOfItsCodesAndLoadingTwiceChangesNothing() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path book = Files.writeString(dir.resolve("livre.yaml"), """
                name: Mon livre
                language: fr
                codes:
                  - name: Pratiques
                    codes:
                      - name: Sécurité
                  - name: Discours
                groups:
                  - name: Chapitre 3
                    description: codes du chapitre 3
                    codes:
                      - Pratiques/Sécurité
                      - Discours
                """);
        assertThat(CliRun.of("codes", "load", p, book.toString(), "--json").exit()).isZero();
        assertThat(CliRun.of("codes", "load", p, book.toString(), "--json").exit()).isZero();
        com.fasterxml.jackson.databind.JsonNode sets = CliRun.of("sets", p, "--json").json();
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).path("name").asText()).isEqualTo("Chapitre 3");
        assertThat(sets.get(0).path("codes").toString()).isEqualTo("[\"Discours\",\"Pratiques/Sécurité\"]"); // tree order
    }
}
