package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.sources.SourceTreeEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A folder import is one action in the window too: one Ctrl+Z takes all its sources back, the one shown
 * included, without an error in the status bar; one Ctrl+Maj+Z brings them all again.
 */
@ExtendWith(ApplicationExtension.class)
class FolderImportUndoWindowTest {
    private static final List<String> NOTES = List.of("note-1.txt", "note-2.txt", "note-3.txt");

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
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("chimie"), false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void oneCtrlZUndoesTheWholeFolderWithoutAnErrorAndOneCtrlShiftZRedoesIt() throws Exception {
        FxRobot robot = new FxRobot();
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        Path folder = Files.createDirectories(temp.resolve("notes"));
        for (int i = 1; i <= NOTES.size(); i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Note de terrain numéro " + i + " : l’atelier.");
        }
        runFx(() -> viewModel.exchange().importPaths(List.of(folder)));
        waitFor(() -> report() != null);
        waitIdle(viewModel);
        runFx(() -> report().getScene().getWindow().hide());
        assertThat(onFx(this::sourceNames)).containsAll(NOTES);
        // The last file imported is the one shown when the undo comes: it is gone after it.
        runFx(() -> viewModel.sources().select("note-3.txt"));
        waitFor(() -> "note-3.txt".equals(viewModel.document().shownSourceProperty().get()));
        waitIdle(viewModel);

        runFx(() -> window.documentView().area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);

        assertThat(onFx(this::sourceNames)).as("one Ctrl+Z takes the three files back")
                .doesNotContainAnyElementsOf(NOTES).contains("entretien-martine.txt");
        assertThat(onFx(() -> viewModel.status().errorProperty().get())).as(onFx(this::status)).isFalse();
        assertThat(onFx(this::status)).isEqualTo("Annulé : import de « note-3.txt » et 2 autres.");
        assertThat(onFx(() -> viewModel.document().shownSourceProperty().get())).isNotEqualTo("note-3.txt");
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get())).doesNotContain("note-");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitIdle(viewModel);

        assertThat(onFx(this::sourceNames)).as("one Ctrl+Maj+Z brings them all again").containsAll(NOTES);
        assertThat(onFx(() -> viewModel.status().errorProperty().get())).as(onFx(this::status)).isFalse();
        assertThat(onFx(this::status)).startsWith("Rétabli : ").endsWith(" et 2 autres.");
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get())).endsWith(" et 2 autres");
    }

    private String status() {
        return viewModel.status().messageProperty().get();
    }

    private static DialogPane report() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "import-report".equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private List<String> sourceNames() {
        TreeView<?> tree = (TreeView<?>) stage.getScene().lookup("#sources-tree");
        List<String> names = new ArrayList<>();
        collect(tree.getRoot(), names);
        return names;
    }

    private static void collect(TreeItem<?> parent, List<String> names) {
        for (TreeItem<?> child : parent.getChildren()) {
            names.add(((SourceTreeEntry) child.getValue()).label());
            collect(child, names);
        }
    }
}
