package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.common.Snapshots;
import org.terrain.app.ui.sources.SourceTreeEntry;
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
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a real project, in JavaFX's headless platform: what a researcher sees and clicks. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final String INTERVIEW = "entretien-saint-fons.txt";
    private static final String NOTE = "note-atelier.txt";

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = ProjectStore.create(project, "Vallée de la chimie", "test")) {
            ImportService importer = new ImportService(store);
            importer.importPaths(List.of(write(INTERVIEW, """
                    [00:00:02] ENQ : Comment êtes-vous arrivée à l’usine ?
                    [00:00:06] MARTINE : Par mon père, il était à l’entretien.
                    """)), new ImportOptions(SourceKind.INTERVIEW, null, Map.of(), TurnMode.ON),
                    ProgressListener.NONE, Cancellation.none());
            importer.importPaths(List.of(write(NOTE, "Le pont roulant traverse tout l’atelier.\n")),
                    new ImportOptions(SourceKind.OBSERVATION, null, Map.of(), TurnMode.OFF),
                    ProgressListener.NONE, Cancellation.none());
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(viewModel::close).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theWindowShowsTheProjectItsSourcesByKindAndTheSelectedText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));

        assertThat(onFx(stage::getTitle)).contains("Terrain").contains("Vallée de la chimie");
        assertThat(onFx(this::tree)).containsExactly(
                "Entretiens (1)", "  " + INTERVIEW, "Observations (1)", "  " + NOTE);
        assertThat(documentText(robot)).contains("[00:00:06] MARTINE : Par mon père");

        robot.clickOn(NOTE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> documentText(robot).contains("pont roulant"));
        robot.clickOn(INTERVIEW);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> documentText(robot).contains("Par mon père"));

        Path screenshots = Path.of(System.getProperty("terrain.screenshots", "target/screenshots"));
        WaitForAsyncUtils.asyncFx(() -> {
            Snapshots.save(stage.getScene(), screenshots.resolve("main-window-headless.png"));
            return null;
        }).get(30, TimeUnit.SECONDS);
        assertThat(screenshots.resolve("main-window-headless.png")).isNotEmptyFile();
    }

    @Test
    void aSegmentOfAnotherSourceOpensThatSourceWithTheSegmentSelected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        FxTesting.runFx(() -> viewModel.session().change("", store -> {
            store.codes().add(org.terrain.codingschemes.CodePath.of("Lieux"), null, null);
            String text = store.sources().get(NOTE).text();
            int at = text.indexOf("pont roulant");
            return store.segments().code(NOTE, org.terrain.codingschemes.CodePath.of("Lieux"),
                    List.of(new org.terrain.corpus.model.Span(at, at + "pont roulant".length())), null, "test");
        }, done -> ""));
        FxTesting.waitIdle(viewModel);
        assertThat(documentText(robot)).contains("Par mon père");

        robot.clickOn("Lieux");
        FxTesting.waitIdle(viewModel);
        robot.clickOn(robot.lookup("#segments-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        FxTesting.waitIdle(viewModel);

        assertThat(documentText(robot)).contains("Le pont roulant traverse");
        assertThat(onFx(() -> robot.lookup("#document-text").queryAs(StyledTextArea.class).getSelectedText()))
                .isEqualTo("pont roulant");
        assertThat(onFx(() -> viewModel.sources().selectedSourceProperty().get())).isEqualTo(NOTE);
    }

    /** The tree as lines, sources indented under their group. */
    private List<String> tree() {
        TreeView<?> tree = (TreeView<?>) stage.getScene().lookup("#sources-tree");
        return tree.getRoot().getChildren().stream()
                .flatMap(group -> java.util.stream.Stream.concat(java.util.stream.Stream.of(label(group)),
                        group.getChildren().stream().map(item -> "  " + label(item))))
                .toList();
    }

    private static String label(TreeItem<?> item) {
        return ((SourceTreeEntry) item.getValue()).label();
    }

    private String documentText(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#document-text").queryAs(StyledTextArea.class).getText());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
