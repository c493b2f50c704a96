package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Édition menu names the action it would undo with the user's own words: a file name's underscores are
 * shown as they are, not taken for the menu's keyboard mnemonic (« ESLO1INTPERS_421_C.txt » lost the first).
 */
@ExtendWith(ApplicationExtension.class)
class UndoMenuWindowTest {
    private static final String SOURCE = "ESLO1_INTPERS_421_C.txt";

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE,
                "[00:00:01] ENQ : Et l’usine ?\n[00:00:04] MARTINE : J’y suis entrée à seize ans.\n")) {
            // imported last: the import is what Édition › Annuler would undo
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void theUndoItemShowsTheFileNameWithItsUnderscores(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : import de « " + SOURCE + " »");

        robot.clickOn("Édition");
        FxTesting.waitFor(() -> drawnText("Annuler").isPresent());
        String shown = onFx(() -> drawnText("Annuler")).orElse("(no label drawn)");
        FxTesting.screenshot(stage.getScene(), "undo-menu-underscores");
        robot.push(KeyCode.ESCAPE);

        assertThat(shown).isEqualTo("Annuler : import de « " + SOURCE + " »");
    }

    /** The text drawn in an open window (the menu's popup) that starts with {@code start}. */
    private static Optional<String> drawnText(String start) {
        List<String> drawn = new ArrayList<>();
        Window.getWindows().stream().filter(Window::isShowing).forEach(window -> texts(window.getScene().getRoot(), drawn));
        return drawn.stream().filter(text -> text != null && text.startsWith(start)).findFirst();
    }

    private static void texts(Node node, List<String> out) {
        if (node instanceof Text text) {
            out.add(text.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts(child, out));
        }
    }
}
