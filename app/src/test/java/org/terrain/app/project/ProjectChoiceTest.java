package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.NotAProjectException;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

class ProjectChoiceTest {
    @TempDir
    Path temp;

    @Test
    void withoutArgumentTheDemoUnderTerrainHomeIsChosen() {
        ProjectChoice choice = ProjectChoice.fromArguments(List.of(), temp);

        assertThat(choice).isEqualTo(new ProjectChoice(temp.resolve("demo"), true));
        assertThat(choice.isUnbuiltDemo()).isTrue();
    }

    @Test
    void theFolderGivenIsChosen() {
        ProjectChoice choice = ProjectChoice.fromArguments(List.of(temp.resolve("thèse").toString()), temp);

        assertThat(choice).isEqualTo(new ProjectChoice(temp.resolve("thèse"), false));
    }

    @Test
    void terrainHomeIsTheVariableElseADotFolderInTheUserHome() {
        assertThat(TerrainHome.resolve(Map.of("TERRAIN_HOME", "/data/terrain"), "/home/lea"))
                .isEqualTo(Path.of("/data/terrain"));
        assertThat(TerrainHome.resolve(Map.of(), "/home/lea")).isEqualTo(Path.of("/home/lea/.terrain"));
    }

    @Test
    void anAbsentFolderBecomesAProjectNamedAfterIt() {
        try (ProjectStore store = new ProjectChoice(temp.resolve("enquête-lyon"), false)
                .open(ProgressListener.NONE, Cancellation.none())) {
            assertThat(store.info().name()).isEqualTo("enquête-lyon");
        }
    }

    @Test
    void aFolderWithOtherFilesIsLeftAlone() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("carnet.txt"), "à garder");
        ProjectChoice choice = new ProjectChoice(notes, false);

        assertThatThrownBy(() -> choice.open(ProgressListener.NONE, Cancellation.none()))
                .isInstanceOf(NotAProjectException.class);
        assertThat(notes.resolve("carnet.txt")).hasContent("à garder");
    }
}
