package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.project.RecentProjects;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fichier → Projets récents → another project: it opens in the same window, the first one is released. */
@ExtendWith(ApplicationExtension.class)
class ProjectSwitchWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        FxTesting.projectWithInterview(temp.resolve("chimie"), temp, "entretien-martine.txt",
                "[00:00:01] MARTINE : Par mon père, il était à l’entretien.\n").close();
        try (ProjectStore second = ProjectStore.create(temp.resolve("mines"), "Bassin minier", "test")) {
            new ImportService(second).importPaths(List.of(java.nio.file.Files.writeString(
                    temp.resolve("note-puits.txt"), "Le chevalement domine la cité.\n")),
                    new ImportOptions(SourceKind.OBSERVATION, null, Map.of(), TurnMode.OFF),
                    ProgressListener.NONE, Cancellation.none());
        }
        RecentProjects recent = RecentProjects.in(temp.resolve("home"));
        recent.add(temp.resolve("mines"));
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("chimie"), false), recent);
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void aRecentProjectOpensInTheSameWindow(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(stage::getTitle)).contains("Vallée de la chimie");
        assertThat(FxTesting.onFx(this::sourceTree))
                .containsExactly("Entretiens (1)", "  Martine (1)", "    entretien-martine.txt");
        List<MenuItem> items = FxTesting.onFx(() -> List.copyOf(window.recentProjectsMenu().getItems()));
        assertThat(items).extracting(MenuItem::getText)
                .containsExactly("chimie — " + temp.toAbsolutePath(), "mines — " + temp.toAbsolutePath());

        // Menus open in popup windows that the headless robot does not reach: the item is fired as a click would.
        FxTesting.runFx(() -> items.get(1).fire());
        FxTesting.waitFor(() -> stage.getTitle().contains("Bassin minier"));
        FxTesting.waitIdle(viewModel);

        assertThat(FxTesting.onFx(() -> robot.lookup("#document-text").queryAs(StyledTextArea.class).getText()))
                .contains("chevalement");
        assertThat(FxTesting.onFx(this::sourceTree)).containsExactly("Observations (1)", "  note-puits.txt");
        assertThat(FxTesting.onFx(() -> window.recentProjectsMenu().getItems().getFirst().getText()))
                .startsWith("mines");
        ProjectStore.open(temp.resolve("chimie"), "test").close();
        FxTesting.screenshot(stage.getScene(), "project-switched");
    }

    @Test
    void aProjectLockedElsewhereIsExplainedAndTheCurrentOneStays() throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        List<MenuItem> items = FxTesting.onFx(() -> List.copyOf(window.recentProjectsMenu().getItems()));

        try (ProjectStore held = ProjectStore.open(temp.resolve("mines"), "terrain import (autre fenêtre)")) {
            FxTesting.runFx(() -> items.get(1).fire());
            FxTesting.waitFor(() -> failureDialog() != null);
            FxTesting.waitIdle(viewModel);
        }

        javafx.scene.control.DialogPane pane = FxTesting.onFx(this::failureDialog);
        assertThat(FxTesting.onFx(pane::getContentText)).contains("déjà ouvert par un autre processus")
                .contains("terrain import (autre fenêtre)");
        assertThat(FxTesting.onFx(pane::getHeaderText)).contains("le projet actuel reste ouvert");
        FxTesting.screenshot(pane.getScene(), "project-locked-dialog");
        FxTesting.runFx(() -> pane.getScene().getWindow().hide());
        assertThat(FxTesting.onFx(stage::getTitle)).contains("Vallée de la chimie");
        assertThat(FxTesting.onFx(this::sourceTree)).contains("    entretien-martine.txt");
    }

    private javafx.scene.control.DialogPane failureDialog() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof javafx.scene.control.DialogPane pane
                        && "project-open-failed".equals(pane.getId()))
                .map(javafx.scene.control.DialogPane.class::cast).findFirst().orElse(null);
    }

    /** The sources tree as lines, indented by depth. */
    private List<String> sourceTree() {
        TreeView<?> tree = (TreeView<?>) stage.getScene().lookup("#sources-tree");
        List<String> lines = new java.util.ArrayList<>();
        addLines(tree.getRoot(), "", lines);
        return lines;
    }

    private static void addLines(javafx.scene.control.TreeItem<?> parent, String indent, List<String> lines) {
        for (javafx.scene.control.TreeItem<?> child : parent.getChildren()) {
            lines.add(indent + ((org.terrain.app.ui.sources.SourceTreeEntry) child.getValue()).label());
            addLines(child, indent + "  ", lines);
        }
    }
}
