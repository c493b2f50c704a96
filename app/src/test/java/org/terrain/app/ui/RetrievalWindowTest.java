package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.segments.SegmentRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Reading back what was coded: the code tree counts each code's segments (a parent: its own, then with its
 * sub-codes), the retrieved segments say who coded them and when, and the list keeps one speaker's or one
 * coder's segments, chosen above it.
 */
@ExtendWith(ApplicationExtension.class)
class RetrievalWindowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:02] ENQ : Et le travail, les horaires ?
            [00:00:06] MARTINE : Les trois-huit. Le travail de nuit, on ne s’y fait jamais.
            [00:00:15] ENQ : Et la paie ?
            [00:00:18] MARTINE : Correcte. Mais le travail posté use, les horaires surtout.
            """;
    private static final CodePath TRAVAIL = CodePath.of("Travail");
    private static final CodePath HORAIRES = CodePath.of("Travail", "Horaires");

    @TempDir
    Path temp;
    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE, TEXT)) {
            store.codes().add(TRAVAIL, "#4E79A7", null);
            store.codes().add(HORAIRES, "#F28E2B", null);
            String text = store.sources().get(SOURCE).text();
            store.segments().code(SOURCE, TRAVAIL, List.of(span(text, "Le travail de nuit")), null, "Élise");
            store.segments().code(SOURCE, HORAIRES, List.of(span(text, "Les trois-huit"),
                    span(text, "les horaires surtout")), null, "Élise");
            store.segments().code(SOURCE, HORAIRES, List.of(span(text, "les horaires")), null, "Paul");
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void theTreeCountsEachCodeAndAParentWithItsSubCodes(FxRobot robot) throws Exception {
        ready();

        assertThat(countBeside("Travail")).isEqualTo("1 · 4");
        assertThat(countBeside("Horaires")).isEqualTo("3");
        screenshot(stage.getScene(), "codes-counts");
    }

    @Test
    void theSegmentsSayWhoCodedThemAndTheListKeepsOneSpeakersOnly(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Travail");
        waitIdle(viewModel);
        assertThat(rows()).hasSize(4);
        assertThat(onFx(() -> robot.lookup(".segment-byline").queryAll().stream()
                .map(node -> ((Labeled) node).getText()).toList()))
                .anySatisfy(byline -> assertThat(byline).startsWith("Paul · "))
                .anySatisfy(byline -> assertThat(byline).startsWith("Élise · "));

        choose(robot, "#segments-speaker", "MARTINE");
        assertThat(rows()).extracting(SegmentRow::speaker).containsOnly("MARTINE").hasSize(3);
        choose(robot, "#segments-coder", "Paul");
        assertThat(rows()).isEmpty();
        choose(robot, "#segments-speaker", "tous");

        assertThat(rows()).extracting(SegmentRow::text).containsExactly("les horaires");
        assertThat(onFx(() -> robot.lookup("#segments-title").queryLabeled().getText()))
                .isEqualTo("Un segment de « Travail » (sur 4)");
        screenshot(stage.getScene(), "segments-filtered");
    }

    @Test
    void aCoderChosenStaysChosenWhenTheListIsReadAgain(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Travail");
        waitIdle(viewModel);
        choose(robot, "#segments-coder", "Paul");
        assertThat(rows()).hasSize(1);

        runFx(() -> viewModel.session().change("", store -> {
            String text = store.sources().get(SOURCE).text();
            return store.segments().code(SOURCE, TRAVAIL, List.of(span(text, "Correcte")), null, "Élise");
        }, done -> ""));
        waitIdle(viewModel);

        assertThat(rows()).extracting(SegmentRow::coder).containsExactly("Paul");
        assertThat(onFx(() -> ((javafx.scene.control.ChoiceBox<?>) stage.getScene().lookup("#segments-coder"))
                .getValue())).isEqualTo("Paul");
    }

    private void ready() throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
    }

    /** Opens a choice box and clicks one of its choices, as a user does. */
    private void choose(FxRobot robot, String box, String choice) throws Exception {
        robot.clickOn(box);
        waitFor(() -> popupLabel(robot, choice) != null);
        robot.clickOn(onFx(() -> popupLabel(robot, choice)));
        waitIdle(viewModel);
    }

    private static Node popupLabel(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof Labeled labeled && text.equals(labeled.getText())
                && node.getScene() != null && node.getScene().getWindow() instanceof PopupWindow popup
                && popup.isShowing()
                && node.isVisible()).tryQuery().orElse(null);
    }

    private String countBeside(String code) throws Exception {
        return onFx(() -> stage.getScene().getRoot().lookupAll(".code-name").stream()
                .filter(node -> code.equals(((Labeled) node).getText()))
                .map(node -> ((Labeled) node.getParent().lookup(".code-count")).getText())
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private List<SegmentRow> rows() throws Exception {
        return onFx(() -> List.copyOf(((ListView<SegmentRow>) stage.getScene().lookup("#segments-list")).getItems()));
    }

    private static Span span(String text, String words) {
        CodePointIndex index = new CodePointIndex(text);
        int at = text.indexOf(words);
        return new Span(index.toCodePoint(at), index.toCodePoint(at + words.length()));
    }
}
