package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.AppSettings;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.segments.SegmentRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A selection swept one character too early, coded with Ctrl+Entrée: the coding starts at the word, not at the
 * dot before it. « Outils › Ajuster la sélection aux mots » turns that off, and the choice is kept for the next
 * session in the app's settings.
 */
@ExtendWith(ApplicationExtension.class)
class WordSnapWindowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:02] ENQ : Et 🏭 à l’usine ?
            [00:00:06] MARTINE : Le masque tombe. Une fuite au quai, tout le monde court.
            """;
    private static final CodePath FUITE = CodePath.of("Fuite");

    @TempDir
    Path temp;
    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE, TEXT)) {
            store.codes().add(FUITE, "#E15759", null);
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false), null, AppSettings.in(temp.resolve("home")));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void ctrlEnterCodesTheWordsOfASelectionSweptOneCharacterEarly(FxRobot robot) throws Exception {
        ready(robot);
        select(". Une fuite au qu");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitIdle(viewModel);

        assertThat(rows()).extracting(SegmentRow::text).containsExactly("Une fuite au quai");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Une fuite au quai");
        screenshot(stage.getScene(), "coding-snapped-to-words");
    }

    @Test
    void theToolsMenuTurnsSnappingOffAndTheChoiceIsKept(FxRobot robot) throws Exception {
        ready(robot);
        CheckMenuItem snap = onFx(() -> (CheckMenuItem) menuItem("menu-snap-to-words"));
        assertThat(onFx(snap::isSelected)).isTrue();
        assertThat(onFx(snap::getText)).isEqualTo("Ajuster la sélection aux mots (codage)");

        robot.clickOn("Outils");
        robot.clickOn("Ajuster la sélection aux mots (codage)");
        waitFor(() -> !snap.isSelected());
        select(". Une fu");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitIdle(viewModel);

        assertThat(rows()).extracting(SegmentRow::text).containsExactly(". Une fu");
        assertThat(AppSettings.in(temp.resolve("home")).flag("coding.snap_to_words", true)).isFalse();
    }

    private void ready(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        robot.clickOn("Fuite");
        waitIdle(viewModel);
    }

    private StyledTextArea<?, ?> area() {
        return (StyledTextArea<?, ?>) stage.getScene().lookup("#document-text");
    }

    private void select(String words) throws Exception {
        runFx(() -> {
            StyledTextArea<?, ?> area = area();
            int start = area.getText().indexOf(words);
            assertThat(start).isNotNegative();
            area.selectRange(start, start + words.length());
        });
        waitIdle(viewModel);
    }

    @SuppressWarnings("unchecked")
    private List<SegmentRow> rows() throws Exception {
        return onFx(() -> List.copyOf(((ListView<SegmentRow>) stage.getScene().lookup("#segments-list")).getItems()));
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
