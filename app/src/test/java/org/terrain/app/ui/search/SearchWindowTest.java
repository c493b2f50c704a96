package org.terrain.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.common.Snapshots;
import org.terrain.app.ui.segments.SegmentRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The « Recherche » tab in the window, in JavaFX's headless platform: type a query, read the count, click an
 * occurrence to see it selected in its source, code every occurrence, then take it back with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {
    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = SearchViewModelTest.project(temp);
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = new MainWindow(viewModel);
        window.install(stage);
        stage.show();
        viewModel.open();
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(viewModel::close).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aQueryListsItsOccurrencesAndAClickSelectsOneInItsSource(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Recherche");
        robot.clickOn("#search-query").write("sécurité").push(KeyCode.ENTER);
        waitIdle();

        assertThat(onFx(() -> robot.lookup("#search-count").queryAs(Label.class).getText()))
                .isEqualTo("3 occurrences dans une source");
        assertThat(onFx(() -> robot.lookup("#search-list").queryListView().getItems().size())).isEqualTo(3);
        screenshot(stage.getScene(), "search-results");

        robot.clickOn(robot.lookup("#search-list .list-cell").nth(2).queryAs(Node.class));
        waitIdle();

        assertThat(onFx(() -> window.documentView().area().getSelectedText())).isEqualTo("sécurité");
        // the third occurrence, not the first: the words after it are those of the last turn
        assertThat(onFx(() -> {
            var area = window.documentView().area();
            int end = area.getSelection().getEnd();
            return area.getText(end, Math.min(area.getLength(), end + 16));
        })).isEqualTo(", on l’apprenait");
        screenshot(stage.getScene(), "search-jump");
    }

    @Test
    void codingAllOccurrencesIsOneActionThatCtrlZTakesBack(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Sécurité");
        waitIdle();
        robot.clickOn("Recherche");
        robot.clickOn("#search-query").write("sécurité").push(KeyCode.ENTER);
        waitIdle();

        robot.clickOn("#search-code-all");
        waitFor(() -> robot.lookup("#search-preview").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("2 segments")).orElse(false));
        assertThat(onFx(() -> robot.lookup("#search-preview").queryAs(Label.class).getText())).isEqualTo(
                "2 segments seront créés dans une source (2 occurrences). "
                        + "Une occurrence de l’enquêteur est laissée de côté.");
        screenshot(robot.lookup("#search-preview").queryAs(Node.class).getScene(), "search-code-all-preview");
        robot.clickOn("#search-code-all-confirm");
        waitIdle();

        assertThat(rows()).extracting(SegmentRow::text, SegmentRow::speaker).containsOnly(
                org.assertj.core.groups.Tuple.tuple("sécurité", "MARTINE")).hasSize(2);
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : codage automatique avec « Sécurité » des occurrences de « sécurité »");
        screenshot(stage.getScene(), "search-code-all-done");

        ListView<?> list = robot.lookup("#search-list").queryListView();
        onFx(() -> {
            list.requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle();

        assertThat(rows()).isEmpty();
        screenshot(stage.getScene(), "search-code-all-undone");
    }

    @Test
    void anOccurrenceUntickedInTheListIsLeftUncodedAndTheInterviewerIsCodedWhenAsked(FxRobot robot)
            throws Exception {
        ready();
        robot.clickOn("Sécurité");
        waitIdle();
        robot.clickOn("Recherche");
        robot.clickOn("#search-query").write("sécurité").push(KeyCode.ENTER);
        waitIdle();
        robot.clickOn("#search-code-all");
        waitFor(() -> robot.lookup("#search-review-list .check-box").queryAll().size() == 2);

        robot.clickOn("#search-include-interviewer");
        waitFor(() -> robot.lookup("#search-review-list .check-box").queryAll().size() == 3);
        // the second line: MARTINE's first « sécurité »
        robot.clickOn(robot.lookup("#search-review-list .check-box").nth(1).queryAs(Node.class));
        waitFor(() -> ((Label) robot.lookup("#search-preview").query()).getText()
                .equals("2 segments seront créés dans une source (2 occurrences)."));
        screenshot(robot.lookup("#search-review-list").queryAs(Node.class).getScene(), "search-code-all-review");
        robot.clickOn("#search-code-all-confirm");
        waitIdle();

        assertThat(rows()).extracting(SegmentRow::speaker).containsExactly("ENQ", "MARTINE");
        assertThat(rows().get(1).after()).startsWith(", on l’apprenait");
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : codage automatique avec « Sécurité » des occurrences de « sécurité »");
    }

    private List<SegmentRow> rows() throws Exception {
        return onFx(() -> List.copyOf(viewModel.segments().rows()));
    }

    private void ready() throws Exception {
        waitFor(() -> viewModel.readyProperty().get() && viewModel.codes().loadedProperty().get());
        waitIdle();
    }

    private void waitIdle() throws Exception {
        for (int i = 0; i < 2; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            waitFor(() -> viewModel.session().pendingProperty().get() == 0);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void screenshot(Scene scene, String name) throws Exception {
        Path png = Path.of(System.getProperty("terrain.screenshots", "target/screenshots")).resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            Snapshots.save(scene, png);
            return null;
        });
    }
}
