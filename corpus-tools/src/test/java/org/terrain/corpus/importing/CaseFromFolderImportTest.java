package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/** « One case per folder »: each file's case is the nearest folder around it that does not name a kind. */
class CaseFromFolderImportTest {
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachFileTakesTheCaseOfItsFolderSkippingKindFolders() throws Exception {
        Path terrain = dir.resolve("terrain");
        write(terrain.resolve("Martine/entretien-1.txt"), "MARTINE : Mon père était à l’usine.");
        write(terrain.resolve("Usine A/observations/atelier.txt"), "Atelier, 8 h, consignes.");
        write(terrain.resolve("entretiens/Paul/paul.txt"), "PAUL : Le quart de nuit.");
        write(terrain.resolve("presse/article.txt"), "La vallée de la chimie.");

        importWith(new ImportOptions(null, "ignoré", Map.of(), TurnMode.AUTO, true), terrain);

        assertThat(cases()).containsExactlyInAnyOrderEntriesOf(Map.of("entretien-1.txt", "Martine",
                "atelier.txt", "Usine A", "paul.txt", "Paul", "article.txt", "terrain"));
        assertThat(kinds()).containsEntry("atelier.txt", SourceKind.OBSERVATION)
                .containsEntry("article.txt", SourceKind.DISCOURSE);
    }

    @Test
    void aFolderOfKindOnlyGivesNoCaseAndAFileGivenAloneTakesItsOwnFolder() throws Exception {
        Path entretiens = dir.resolve("entretiens");
        write(entretiens.resolve("a.txt"), "ENQ : Bonjour.\nA : Bonjour.");
        Path alone = write(dir.resolve("Saint-Fons/note.txt"), "Une note.");

        importWith(new ImportOptions(null, null, Map.of(), TurnMode.AUTO, true), entretiens);
        importWith(new ImportOptions(SourceKind.OBSERVATION, null, Map.of(), TurnMode.OFF, true), alone);

        assertThat(cases()).containsEntry("a.txt", "").containsEntry("note.txt", "Saint-Fons");
    }

    @Test
    void withoutTheOptionTheNamedCaseIsEveryFilesCase() throws Exception {
        Path terrain = dir.resolve("terrain");
        write(terrain.resolve("Martine/m.txt"), "Texte un.");
        write(terrain.resolve("Paul/p.txt"), "Texte deux.");

        importWith(new ImportOptions(null, "Usine B", Map.of(), TurnMode.AUTO), terrain);

        assertThat(cases()).containsOnly(Map.entry("m.txt", "Usine B"), Map.entry("p.txt", "Usine B"));
    }

    private void importWith(ImportOptions options, Path path) {
        ImportReport report = new ImportService(store).importPaths(List.of(path), options, ProgressListener.NONE,
                Cancellation.none());
        assertThat(report.failed()).isEmpty();
    }

    private Map<String, String> cases() {
        return store.sources().summaries().stream().collect(Collectors.toMap(SourceSummary::name,
                s -> s.caseName() == null ? "" : s.caseName()));
    }

    private Map<String, SourceKind> kinds() {
        return store.sources().summaries().stream().collect(Collectors.toMap(SourceSummary::name,
                SourceSummary::kind));
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
