package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.project.RecentProjects;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Opening another project in the same window: the ViewModel's side, no window. */
@ExtendWith(ApplicationExtension.class)
class MainViewModelSwitchTest {
    @TempDir
    Path temp;

    private MainViewModel viewModel;
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openTheFirstProject() throws Exception {
        ProjectStore.create(temp.resolve("premier"), "Premier", "test").close();
        viewModel = onFx(() -> new MainViewModel(new ProjectChoice(temp.resolve("premier"), false),
                RecentProjects.in(temp.resolve("home"))));
        onFx(() -> {
            viewModel.setOnSwitchFailed(failures::add);
            viewModel.open();
            return null;
        });
        waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            viewModel.close();
            return null;
        });
    }

    @Test
    void theNewProjectIsShownAndTheOldOneReleased() throws Exception {
        ProjectStore.create(temp.resolve("second"), "Second", "test").close();

        onFx(() -> {
            viewModel.switchTo(new ProjectChoice(temp.resolve("second"), false));
            return null;
        });
        waitIdle();

        assertThat(onFx(() -> viewModel.titleProperty().get())).contains("Second");
        assertThat(onFx(() -> viewModel.status().locationProperty().get())).endsWith("second");
        // the first project's lock is released: another process (here, this test) may open it
        ProjectStore.open(temp.resolve("premier"), "test").close();
    }

    @Test
    void openedProjectsAreRememberedMostRecentFirst() throws Exception {
        ProjectStore.create(temp.resolve("second"), "Second", "test").close();

        onFx(() -> {
            viewModel.switchTo(new ProjectChoice(temp.resolve("second"), false));
            return null;
        });
        waitIdle();

        assertThat(onFx(() -> List.copyOf(viewModel.recentProjects())))
                .containsExactly(temp.resolve("second").toAbsolutePath(), temp.resolve("premier").toAbsolutePath());
        assertThat(RecentProjects.in(temp.resolve("home")).list()).hasSize(2);
    }

    @Test
    void aLockedProjectIsExplainedWithItsHolderAndTheCurrentOneStaysOpen() throws Exception {
        try (ProjectStore held = ProjectStore.create(temp.resolve("occupé"), "Occupé", "commande terrain import")) {
            onFx(() -> {
                viewModel.switchTo(new ProjectChoice(temp.resolve("occupé"), false));
                return null;
            });
            waitIdle();
        }

        assertThat(failures).singleElement().asString()
                .contains("déjà ouvert par un autre processus").contains("commande terrain import");
        assertThat(onFx(() -> viewModel.titleProperty().get())).contains("Premier");
        assertThat(onFx(() -> viewModel.session().openProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.switchingProperty().get())).isFalse();
    }

    @Test
    void aNewProjectIsCreatedInAnAbsentFolder() throws Exception {
        onFx(() -> {
            viewModel.switchTo(new ProjectChoice(temp.resolve("nouveau"), false));
            return null;
        });
        waitIdle();

        assertThat(onFx(() -> viewModel.titleProperty().get())).contains("nouveau");
        assertThat(failures).isEmpty();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.session().pendingProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theSourcesPaneFollowsACaseChangeAndItsUndo() throws Exception {
        Path note = java.nio.file.Files.writeString(temp.resolve("note.txt"), "Visite de l’atelier.");
        onFx(() -> {
            viewModel.exchange().importPaths(List.of(note));
            return null;
        });
        waitIdle();
        assertThat(onFx(this::labels)).noneMatch(label -> label.startsWith("Usine A"));

        onFx(() -> {
            viewModel.cases().assign("note.txt", "Usine A");
            return null;
        });
        waitIdle();
        assertThat(onFx(this::labels)).anyMatch(label -> label.startsWith("Usine A"));

        onFx(() -> {
            viewModel.undo().undo();
            return null;
        });
        waitIdle();
        assertThat(onFx(this::labels)).as("the undo shows in the sources pane too")
                .noneMatch(label -> label.startsWith("Usine A"));
    }

    /** Every group label of the sources tree, sub-groups (cases) included. */
    private List<String> labels() {
        List<String> out = new java.util.ArrayList<>();
        for (var group : viewModel.sources().groups()) {
            out.add(group.label());
            group.children().forEach(child -> out.add(child.label()));
        }
        return out;
    }
}
