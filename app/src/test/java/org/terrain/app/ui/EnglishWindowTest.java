package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The interface in English, as a researcher abroad (or a supervisor) runs it with {@code TERRAIN_LANG=en}: the
 * language is chosen once per JVM, so this class runs in its own test JVM (the build's « english » execution,
 * {@code -Dterrain.lang=en}) and is skipped in the French one. A journal entry is written and undone, and a
 * value refused in the cases dialog is explained — every word the user reads along the way in English.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = temp.resolve("project");
        try (ProjectStore store = FxTesting.projectWithInterview(folder, temp, "interview-martine.txt",
                "[00:00:02] ENQ : Et l’école ?\n[00:00:06] MARTINE : J’ai appris sur le tas, à l’usine.\n")) {
            store.cases().addAttribute("age", org.terrain.corpus.model.AttributeType.INTEGER);
        }
        viewModel = new MainViewModel(new ProjectChoice(folder, false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void aJournalEntryAndARefusedValueSpeakEnglish(FxRobot robot) throws Exception {
        assumeTrue(UiText.locale() == Locale.ENGLISH, "run by the english execution (-Dterrain.lang=en)");
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        List<String> menus = FxTesting.onFx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .map(MenuItem::getText).toList());
        assertThat(menus).contains("File", "Edit", "Coding", "Project", "Help");
        FxTesting.screenshot(stage.getScene(), "english-main-window");

        robot.clickOn("Journal");
        FxTesting.roomForTools(robot, 0.3);
        robot.clickOn("#journal-new");
        robot.clickOn("#journal-title").write("First visit to the plant");
        robot.clickOn("#journal-body").write("Martine shows me workshop 3.");
        robot.clickOn("#journal-save");
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> viewModel.status().messageProperty().get()))
                .isEqualTo("Entry \"First visit to the plant\" added to the journal.");
        assertThat(FxTesting.onFx(() -> viewModel.undo().undoTextProperty().get())).startsWith("Undo ");
        FxTesting.screenshot(stage.getScene(), "english-journal");
        robot.clickOn("#journal-list");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> viewModel.status().messageProperty().get())).startsWith("Undone: ");
        assertThat(FxTesting.onFx(() -> robot.lookup("#journal-editing").queryAs(Label.class).getText()))
                .isEqualTo("New entry");

        FxTesting.runFx(() -> viewModel.cases().setValue("Martine", "age", "fifty"));
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> viewModel.cases().refusalProperty().get()))
                .contains("fifty").contains("age").doesNotContain("ne convient pas");
    }
}
