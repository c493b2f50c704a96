package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The « Ensembles » tab in the window: make a set, put the source shown in it, take that back with Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class SetsWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    private static final String SOURCE = "entretien-martine.txt";

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(folder, temp, SOURCE,
                "[00:00:02] ENQ : Et l’école ?\n[00:00:06] MARTINE : J’ai appris sur le tas, à l’usine.\n")) {
            store.sets().create("gender: female", "groupe de documents venu d’ATLAS.ti");
        }
        viewModel = new MainViewModel(new ProjectChoice(folder, false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void aSetIsMadeFilledWithTheShownSourceAndTheAdditionUndone(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        waitIdle();
        robot.clickOn("Ensembles");
        FxTesting.roomForTools(robot, 0.35);
        waitIdle();
        assertThat(items("#sets-list")).hasSize(1);

        robot.clickOn("#set-name").write("Usine A");
        robot.clickOn("#set-create");
        waitIdle();
        assertThat(items("#sets-list")).hasSize(2);

        robot.clickOn("Usine A — aucune source, aucun code");
        robot.clickOn("#set-add-source");
        waitIdle();
        assertThat(items("#set-sources")).containsExactly(SOURCE);
        assertThat(FxTesting.onFx(() -> viewModel.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : ajout à l’ensemble « Usine A »");
        FxTesting.screenshot(stage.getScene(), "sets");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle();
        assertThat(items("#set-sources")).isEmpty();
    }

    private List<Object> items(String id) throws Exception {
        return FxTesting.onFx(() -> List.<Object>copyOf(((ListView<?>) stage.getScene().lookup(id)).getItems()));
    }

    private void waitIdle() throws Exception {
        for (int i = 0; i < 2; i++) {
            FxTesting.waitIdle(viewModel);
        }
    }
}
