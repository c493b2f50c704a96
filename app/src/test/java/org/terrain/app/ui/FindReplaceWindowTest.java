package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.RunStyle;
import org.terrain.app.ui.segments.SegmentRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+F finds in the shown document, ignoring case and accents (the matches highlighted, Entrée for the next,
 * Échap to close); Ctrl+H replaces: « Tout remplacer » is one action, the codings follow their words, Ctrl+Z
 * takes it all back, and a coding left without words is named.
 */
@ExtendWith(ApplicationExtension.class)
class FindReplaceWindowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:02] ENQ : Et 🏭 la Sécurité, à l’usine ?
            [00:00:06] MARTINE : La securite passait avant tout. La SÉCURITÉ, et la paie.
            """;
    private static final CodePath SECURITE = CodePath.of("Sécurité");
    private static final CodePath PAIE = CodePath.of("Paie");

    @TempDir
    Path temp;
    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE, TEXT)) {
            store.codes().add(SECURITE, "#E15759", null);
            store.codes().add(PAIE, "#4E79A7", null);
            String text = store.sources().get(SOURCE).text();
            store.segments().code(SOURCE, SECURITE, List.of(span(text, "La securite passait")), null, "test");
            store.segments().code(SOURCE, PAIE, List.of(span(text, "paie")), null, "test");
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void ctrlFHighlightsTheMatchesIgnoringAccentsAndEnterGoesToTheNext(FxRobot robot) throws Exception {
        ready(robot);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitFor(() -> robot.lookup("#find-bar").query().isVisible());
        assertThat(onFx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("find-query");

        robot.write("securite");
        waitFor(() -> "1 sur 3".equals(robot.lookup("#find-count").queryLabeled().getText()));
        assertThat(found()).containsExactly("Sécurité", "securite", "SÉCURITÉ");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Sécurité");
        screenshot(stage.getScene(), "find-in-document");

        robot.push(KeyCode.ENTER);
        assertThat(onFx(() -> robot.lookup("#find-count").queryLabeled().getText())).isEqualTo("2 sur 3");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("securite");
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("Sécurité");

        robot.push(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#find-bar").query().isVisible());
        assertThat(found()).isEmpty();
    }

    @Test
    void ctrlHReplacesAllAsOneActionTheCodingsFollowAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        ready(robot);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(() -> robot.lookup("#find-replacement").query().isVisible());
        robot.write("securite");
        robot.clickOn("#find-replacement").write("prevention");
        screenshot(stage.getScene(), "find-replace");
        robot.clickOn("#find-replace-all");
        waitIdle(viewModel);

        assertThat(onFx(() -> area().getText())).contains("la prevention, à l’usine", "La prevention passait",
                "La prevention, et").doesNotContain("curit");
        robot.clickOn("Sécurité");
        waitIdle(viewModel);
        assertThat(rows()).extracting(SegmentRow::text).containsExactly("La prevention passait");
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get())).startsWith("Annuler : correction");

        runFx(() -> area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);

        assertThat(onFx(() -> area().getText())).contains("la Sécurité, à l’usine", "La securite passait",
                "La SÉCURITÉ, et");
        assertThat(rows()).extracting(SegmentRow::text).containsExactly("La securite passait");
    }

    @Test
    void replacingOneSelectsTheNextMatchInTheNewText(FxRobot robot) throws Exception {
        ready(robot);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(() -> robot.lookup("#find-replacement").query().isVisible());
        robot.write("securite");
        robot.clickOn("#find-replacement").write("surete");
        robot.clickOn("#find-replace");
        waitIdle(viewModel);

        assertThat(onFx(() -> area().getText())).contains("la surete, à l’usine", "La securite passait");
        assertThat(onFx(() -> robot.lookup("#find-count").queryLabeled().getText())).isEqualTo("1 sur 2");
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("securite");
        assertThat(found()).containsExactly("securite", "SÉCURITÉ");
    }

    @Test
    void aCodingWhoseWordsAreReplacedByNothingIsNamed(FxRobot robot) throws Exception {
        ready(robot);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(() -> robot.lookup("#find-replacement").query().isVisible());
        robot.write("paie");
        robot.clickOn("#find-replace");
        waitFor(() -> removedDialog() != null);

        @SuppressWarnings("unchecked") ListView<String> removed =
                (ListView<String>) onFx(() -> removedDialog().lookup("#correction-removed-list"));
        assertThat(onFx(() -> List.copyOf(removed.getItems()))).containsExactly("Paie « paie »");
        screenshot(onFx(() -> removedDialog().getScene()), "find-replace-removed");
        runFx(() -> removedDialog().getScene().getWindow().hide());
    }

    private void ready(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        robot.clickOn("#document-text");
    }

    /** The runs drawn highlighted as matches. */
    private List<String> found() throws Exception {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            int at = 0;
            for (StyleSpan<RunStyle> run : (Iterable<StyleSpan<RunStyle>>) area().getStyleSpans(0, area().getLength())) {
                if (run.getStyle().found()) {
                    out.add(area().getText(at, at + run.getLength()));
                }
                at += run.getLength();
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private StyledTextArea<Boolean, RunStyle> area() {
        return (StyledTextArea<Boolean, RunStyle>) stage.getScene().lookup("#document-text");
    }

    @SuppressWarnings("unchecked")
    private List<SegmentRow> rows() throws Exception {
        return onFx(() -> List.copyOf(((ListView<SegmentRow>) stage.getScene().lookup("#segments-list")).getItems()));
    }

    private static DialogPane removedDialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "correction-removed".equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private static Span span(String text, String words) {
        CodePointIndex index = new CodePointIndex(text);
        int at = text.indexOf(words);
        return new Span(index.toCodePoint(at), index.toCodePoint(at + words.length()));
    }
}
