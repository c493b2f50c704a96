package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.Fixtures;

/** terrain sets: the sets with their sources and codes, as text or JSON. */
class SetsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEverySetWithItsMembers() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "martine.txt", Fixtures.INTERVIEW).toString());
        CliRun.of("codes", "add", p, "Pratiques/Travail");
        try (ProjectStore store = ProjectStore.open(Path.of(p), "test")) {
            store.sets().create("gender: female", "un attribut ATLAS.ti");
            store.sets().addSources("gender: female", List.of("martine.txt"));
            store.sets().addCodes("gender: female", List.of(CodePath.parse("Pratiques/Travail")));
            store.sets().create("vide", null);
        }

        CliRun run = CliRun.of("sets", p, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode sets = run.json();
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).path("name").asText()).isEqualTo("gender: female");
        assertThat(sets.get(0).path("description").asText()).isEqualTo("un attribut ATLAS.ti");
        assertThat(sets.get(0).path("sources").get(0).asText()).isEqualTo("martine.txt");
        assertThat(sets.get(0).path("codes").get(0).asText()).isEqualTo("Pratiques/Travail");
        assertThat(sets.get(1).path("sources")).isEmpty();

        CliRun text = CliRun.of("sets", p);
        assertThat(text.out()).contains("gender: female\t1 sources\t1 codes\tmartine.txt, Pratiques/Travail")
                .contains("vide\t0 sources\t0 codes");
    }
}
