package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.memos.JournalRow;
import org.terrain.app.ui.memos.MemoRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The « Journal » tab in the window, in JavaFX's headless platform: write a journal entry, see it listed, take
 * it back with Ctrl+Z; write a source's memo from the sources pane and find it in the memo list.
 */
@ExtendWith(ApplicationExtension.class)
class JournalWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    private static final String SOURCE = "entretien-martine.txt";
    private static final CodePath SECURITE = CodePath.of("Sécurité");

    /** An interview, a code « Sécurité » and two entries in the journal. */
    private static Path project(Path temp) throws Exception {
        Path folder = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(folder, temp, SOURCE,
                "[00:00:02] ENQ : Et l’école ?\n[00:00:06] MARTINE : J’ai appris sur le tas, à l’usine.\n")) {
            store.codes().add(SECURITE, "#E15759", null);
            store.memos().addJournalEntry(Instant.parse("2026-03-09T08:00:00Z"), "Prise de contact",
                    "Appel à la mairie de Saint-Fons : l’adjointe me donne le nom de trois anciens de l’usine.");
            store.memos().addJournalEntry(Instant.parse("2026-03-12T17:00:00Z"), "Retour sur l’entretien avec Martine",
                    "Elle parle de l’école plus que de l’usine : relancer sur la transmission.");
        }
        return folder;
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = project(temp);
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void aJournalEntryIsWrittenListedAndUndone(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Journal");
        FxTesting.roomForTools(robot, 0.3);
        robot.clickOn("#journal-new");
        robot.clickOn("#journal-title").write("Première visite à l’usine");
        robot.clickOn("#journal-body").write("Arrivée à Saint-Fons à 6 h. Martine me montre l’atelier 3.");
        assertThat(FxTesting.onFx(() -> robot.lookup("#journal-save").queryAs(Button.class).isDisabled())).isFalse();
        robot.clickOn("#journal-save");
        waitIdle();

        assertThat(headings()).containsExactly("Première visite à l’usine", "Retour sur l’entretien avec Martine",
                "Prise de contact");
        assertThat(FxTesting.onFx(() -> robot.lookup("#journal-save").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(FxTesting.onFx(() -> viewModel.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : entrée du journal « Première visite à l’usine »");
        FxTesting.screenshot(stage.getScene(), "journal");

        ListView<?> list = robot.lookup("#journal-list").queryListView();
        FxTesting.onFx(() -> {
            list.requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle();

        assertThat(headings()).containsExactly("Retour sur l’entretien avec Martine", "Prise de contact");
        assertThat(FxTesting.onFx(() -> robot.lookup("#journal-body").queryAs(TextArea.class).getText())).isEmpty();
        assertThat(FxTesting.onFx(() -> robot.lookup("#journal-editing").queryAs(Label.class).getText()))
                .isEqualTo("Nouvelle entrée");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitIdle();
        assertThat(headings()).hasSize(3);
        FxTesting.screenshot(stage.getScene(), "journal-undone");
    }

    @Test
    void aSourceMemoWrittenFromTheSourcesPaneIsFoundInTheMemoList(FxRobot robot) throws Exception {
        ready();
        robot.rightClickOn(SOURCE);
        robot.clickOn("#source-memo");
        FxTesting.waitFor(() -> robot.lookup("#memo-text").tryQuery().isPresent());
        robot.clickOn("#memo-text").write("Entretien long ; relancer sur l’école.");
        FxTesting.screenshot(robot.lookup("#memo-text").queryAs(Node.class).getScene(), "memo-dialog");
        robot.clickOn("OK");
        waitIdle();

        robot.clickOn("Journal");
        robot.clickOn("#memos-mode-memos");
        robot.clickOn("#memos-search").write("ECOLE");
        waitIdle();
        List<String> found = FxTesting.onFx(() -> viewModel.memos().memos().stream().map(MemoRow::about).toList());
        // the journal entry that speaks of « l’école », and the memo just written
        assertThat(found).containsExactly("jeudi 12 mars 2026", SOURCE);
        FxTesting.screenshot(stage.getScene(), "memos-search");

        FxTesting.onFx(() -> {
            viewModel.codes().rename(SECURITE, "Risque");
            return null;
        });
        waitIdle();
        FxTesting.onFx(() -> {
            viewModel.codes().describe(CodePath.of("Risque"), "Ce que les ouvriers disent du danger");
            return null;
        });
        waitIdle();
        FxTesting.onFx(() -> {
            viewModel.undo().undo();
            return null;
        });
        waitIdle();
        robot.clickOn("#memos-mode-codebook");
        waitIdle();
        assertThat(FxTesting.onFx(() -> robot.lookup("#codebook-log").queryTableView().getItems().size())).isEqualTo(3);
        FxTesting.screenshot(stage.getScene(), "codebook-history");
    }

    /** The tools pane takes most of the window's right side, so that the screenshot shows the tab at ease. */

    private List<String> headings() throws Exception {
        return FxTesting.onFx(() -> viewModel.memos().journal().stream().map(JournalRow::heading).toList());
    }

    private void ready() throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get() && viewModel.codes().loadedProperty().get());
        waitIdle();
    }

    private void waitIdle() throws Exception {
        for (int i = 0; i < 2; i++) {
            FxTesting.waitIdle(viewModel);
        }
    }
}
