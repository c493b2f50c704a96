package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.cases.CaseRow;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.speakers.SpeakerRow;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** « Projet › Locuteurs… » and « Projet › Cas et attributs… » driven in the window, each edit undone by Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class ProjectDialogsWindowTest {
    private static final String SOURCE = "entretien-martine.txt";

    @TempDir
    Path temp;
    private Path project;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        project = temp.resolve("projet");
        FxTesting.projectWithInterview(project, temp, SOURCE,
                "PB : Et la sécurité ?\nMARTINE : Les masques, les consignes.\nPB : Merci.\n").close();
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void tickingPbAsInterviewerInTheSpeakersDialogIsUndoneByCtrlZ(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> dialog("speakers-dialog") != null && viewModel.speakers().rows().size() == 2);
        assertThat(onFx(() -> List.copyOf(viewModel.speakers().rows()))).containsExactly(
                new SpeakerRow("PB", 2, false), new SpeakerRow("MARTINE", 1, false));

        assertThat(onFx(() -> ((javafx.scene.control.ComboBox<?>) dialog("speakers-dialog").lookup("#speakers-scope"))
                .getValue())).isEqualTo(SOURCE);
        robot.clickOn("#speaker-interviewer-PB");
        waitIdle(viewModel);
        waitFor(() -> viewModel.speakers().rows().getFirst().interviewer());
        assertThat(interviewers()).containsExactly("PB");
        screenshot(onFx(() -> dialog("speakers-dialog").getScene()), "speakers-dialog");

        // Ctrl+Z in the dialog, which stays open beside the window.
        robot.clickOn("#speakers-table");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        waitFor(() -> !viewModel.speakers().rows().getFirst().interviewer());
        assertThat(onFx(() -> ((CheckBox) dialog("speakers-dialog").lookup("#speaker-interviewer-PB")).isSelected()))
                .isFalse();
        assertThat(interviewers()).isEmpty();
        runFx(() -> dialog("speakers-dialog").getScene().getWindow().hide());
    }

    @Test
    void aCaseAnAttributeAValueAndASourceAreSetInTheCasesTable(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        runFx(window::showCases);
        waitFor(() -> dialog("cases-dialog") != null);

        robot.clickOn("#cases-add-case");
        waitFor(() -> dialog("cases-ask") != null);
        robot.clickOn("#cases-new-case-name").write("Paul").push(KeyCode.ENTER);
        waitIdle(viewModel);
        robot.clickOn("#cases-add-attribute");
        waitFor(() -> dialog("cases-ask") != null);
        robot.clickOn("#cases-new-attribute-name").write("age");
        robot.clickOn("#cases-new-attribute-type").clickOn("nombre entier");
        screenshot(onFx(() -> dialog("cases-ask").getScene()), "cases-new-attribute");
        robot.clickOn("#cases-ask-ok");
        waitIdle(viewModel);
        // The interview came in case « Martine »: the table has her row and the new « Paul ».
        waitFor(() -> viewModel.cases().columns().size() == 1 && viewModel.cases().rows().size() == 2);

        // Double-click Martine's cell, type a value that is no number: refused, and said in the dialog.
        robot.doubleClickOn(martinesAge());
        robot.write("cinquante").push(KeyCode.ENTER);
        waitIdle(viewModel);
        waitFor(() -> onFx(() -> dialog("cases-dialog").lookup("#cases-refusal").isVisible()));
        assertThat(onFx(() -> ((javafx.scene.control.Label) dialog("cases-dialog").lookup("#cases-refusal")).getText()))
                .contains("cinquante").contains("age");
        screenshot(onFx(() -> dialog("cases-dialog").getScene()), "cases-refused");
        // Then the right value: saved, and the refusal gone.
        robot.doubleClickOn(martinesAge());
        robot.write("54").push(KeyCode.ENTER);
        waitIdle(viewModel);
        waitFor(() -> "54".equals(viewModel.cases().rows().getFirst().value("age")));
        waitFor(() -> onFx(() -> !dialog("cases-dialog").lookup("#cases-refusal").isVisible()));

        // Move the source to Paul: the case cell of the sources table offers the cases.
        runFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> sources = (TableView<Object>) dialog("cases-dialog").lookup("#cases-sources");
            sources.edit(0, sources.getColumns().get(1));
        });
        waitFor(() -> dialog("cases-dialog").lookup("#cases-sources .combo-box") != null);
        robot.clickOn(robot.lookup("#cases-sources .combo-box").queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Paul".equals(l.getText())).queryAs(javafx.scene.Node.class));
        waitIdle(viewModel);
        waitFor(() -> viewModel.cases().rows().get(1).sources().equals(List.of(SOURCE)));
        assertThat(onFx(() -> List.copyOf(viewModel.cases().rows()))).containsExactly(
                new CaseRow("Martine", Map.of("age", "54"), List.of()), new CaseRow("Paul", Map.of(), List.of(SOURCE)));
        screenshot(onFx(() -> dialog("cases-dialog").getScene()), "cases-table");

        // Ctrl+Z takes the last edit back (the move), and the table follows.
        robot.clickOn("#cases-table");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        waitFor(() -> viewModel.cases().rows().getFirst().sources().equals(List.of(SOURCE)));
        assertThat(onFx(() -> viewModel.cases().rows().get(1).sources())).isEmpty();
        runFx(() -> dialog("cases-dialog").getScene().getWindow().hide());
    }

    @Test
    void aCsvTableImportedFromTheCasesWindowSetsTheCases() throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        Path csv = Files.writeString(temp.resolve("cas.csv"),
                "cas;âge;profession;sources\nMartine;54;opératrice;" + SOURCE + "\nPaul;61;;\n");
        runFx(window::showCases);
        waitFor(() -> dialog("cases-dialog") != null);

        // What « Importer un CSV… » does once the (native) chooser returns the file.
        runFx(() -> viewModel.cases().importCsv(csv));
        waitIdle(viewModel);
        waitFor(() -> viewModel.cases().rows().size() == 2);

        assertThat(onFx(() -> ((TableView<?>) dialog("cases-dialog").lookup("#cases-table")).getColumns().size()))
                .isEqualTo(3);
        assertThat(onFx(() -> viewModel.cases().rows().getFirst())).isEqualTo(
                new CaseRow("Martine", Map.of("âge", "54", "profession", "opératrice"), List.of(SOURCE)));
        assertThat(onFx(() -> viewModel.cases().rows().get(1))).isEqualTo(
                new CaseRow("Paul", Map.of("âge", "61"), List.of()));
        screenshot(onFx(() -> dialog("cases-dialog").getScene()), "cases-imported");
        runFx(() -> dialog("cases-dialog").getScene().getWindow().hide());
    }

    private List<String> interviewers() throws Exception {
        try (ProjectStore store = ProjectStore.open(project, "test")) {
            return store.sources().summaries().getFirst().interviewers();
        } catch (org.terrain.corpus.errors.ProjectLockedException locked) {
            // the window holds the lock: read through its session instead
            java.util.concurrent.CompletableFuture<List<String>> read = new java.util.concurrent.CompletableFuture<>();
            runFx(() -> viewModel.session().read(store -> store.sources().summaries().getFirst().interviewers(),
                    read::complete));
            return read.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static DialogPane dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && id.equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    /** Martine's « age » cell as shown now: a refreshed table keeps unused cells around, so look by row index. */
    private javafx.scene.Node martinesAge() throws Exception {
        return onFx(() -> dialog("cases-dialog").lookupAll("#cases-table .table-row-cell").stream()
                .map(node -> (javafx.scene.control.TableRow<?>) node)
                .filter(row -> row.getIndex() == 0 && row.isVisible()).findFirst().orElseThrow()
                .lookupAll(".table-cell").stream().skip(1).findFirst().orElseThrow());
    }
}
