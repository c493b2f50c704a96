package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.codes.CodeEntry;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.Coding;
import org.terrain.app.ui.document.TextRange;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every kind of action undoes with Ctrl+Z and redoes with Ctrl+Maj+Z, in the window: the action is made as the
 * panes make it (through their ViewModels), the view must change, Ctrl+Z must bring back exactly what was
 * shown before, Ctrl+Maj+Z exactly what was shown after. "What is shown" is the code tree (names, colours,
 * counts), the margin's stripes and the codings' codes and memos.
 */
@ExtendWith(ApplicationExtension.class)
class UndoRedoWindowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:06] MARTINE : Par mon père, il était à l’entretien. La sécurité, c’était sa hantise : les masques, tout.
            [00:00:18] MARTINE : Moi j’ai appris sur le tas, avec les anciens. La transmission se faisait à l’atelier.
            """;
    private static final CodePath PRATIQUES = CodePath.of("Pratiques");
    private static final CodePath SECURITE = CodePath.of("Pratiques", "Sécurité");
    private static final CodePath TRANSMISSION = CodePath.of("Pratiques", "Transmission");
    private static final CodePath RAPPORT = CodePath.of("Rapport au travail");

    /** The actions, each as a pane makes it. */
    enum Action {
        CODING((t, vm) -> t.code(vm, "sur le tas", RAPPORT)),
        UNCODING((t, vm) -> vm.document().uncode(t.codingAt(vm, "La transmission"))),
        SEGMENT_MEMO((t, vm) -> vm.document().setMemo(t.codingAt(vm, "La transmission"), "appris des anciens")),
        CODE_CREATE((t, vm) -> vm.codes().create(PRATIQUES, "Horaires")),
        RENAME((t, vm) -> vm.codes().rename(SECURITE, "Prévention")),
        RECOLOUR((t, vm) -> vm.codes().recolor(SECURITE, "#76B7B2")),
        MOVE((t, vm) -> vm.codes().move(TRANSMISSION, null)),
        MERGE((t, vm) -> vm.codes().merge(TRANSMISSION, SECURITE)),
        DELETE((t, vm) -> vm.codes().delete(SECURITE));

        private final BiConsumer<UndoRedoWindowTest, MainViewModel> perform;

        Action(BiConsumer<UndoRedoWindowTest, MainViewModel> perform) {
            this.perform = perform;
        }
    }

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
            store.codes().add(TRANSMISSION, "#4E79A7", null);
            store.codes().add(RAPPORT, "#59A14F", null);
            String text = store.sources().get(SOURCE).text();
            store.segments().code(SOURCE, SECURITE, List.of(span(text, "La sécurité"), span(text, "les masques")),
                    null, "test");
            store.segments().code(SOURCE, TRANSMISSION, List.of(span(text, "La transmission")), "au travail", "test");
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void ctrlZUndoesAndCtrlShiftZRedoes(Action action) throws Exception {
        FxRobot robot = new FxRobot();
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        List<String> before = shown();

        runFx(() -> action.perform.accept(this, viewModel));
        waitIdle(viewModel);
        List<String> after = shown();
        assertThat(after).as("the view changed").isNotEqualTo(before);
        screenshot(stage.getScene(), "undo-" + action.name().toLowerCase() + "-1-done");

        runFx(() -> window.documentView().area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        assertThat(shown()).as("Ctrl+Z brings back the view before").isEqualTo(before);
        screenshot(stage.getScene(), "undo-" + action.name().toLowerCase() + "-2-undone");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitIdle(viewModel);
        assertThat(shown()).as("Ctrl+Maj+Z brings back the view after").isEqualTo(after);
        screenshot(stage.getScene(), "undo-" + action.name().toLowerCase() + "-3-redone");
    }

    /** What the window shows: code tree lines, stripes, codings with their memos. */
    private List<String> shown() throws Exception {
        return onFx(() -> {
            List<String> lines = new ArrayList<>();
            TreeView<?> tree = (TreeView<?>) stage.getScene().lookup("#codes-tree");
            treeLines(tree.getRoot(), "", lines);
            lines.add("stripes: " + stage.getScene().getRoot().lookupAll(".coding-stripe").size());
            viewModel.document().layerProperty().get().codings().stream()
                    .map(c -> "coding " + c.code() + " " + c.color() + " " + c.range() + " " + c.memo())
                    .sorted().forEach(lines::add);
            return lines;
        });
    }

    private static void treeLines(TreeItem<?> parent, String indent, List<String> lines) {
        for (TreeItem<?> child : parent.getChildren()) {
            Object value = child.getValue();
            lines.add(indent + (value instanceof CodeEntry entry
                    ? entry.path() + " " + entry.color() + " " + entry.segments() + "/" + entry.total()
                    : String.valueOf(value)));
            treeLines(child, indent + "  ", lines);
        }
    }

    @SuppressWarnings("unchecked")
    private StyledTextArea<Boolean, ?> area() {
        return window.documentView().area();
    }

    void code(MainViewModel vm, String words, CodePath code) {
        int start = area().getText().indexOf(words);
        vm.document().code(new TextRange(start, start + words.length()), code);
    }

    Coding codingAt(MainViewModel vm, String words) {
        return vm.document().codingsAt(area().getText().indexOf(words) + 1).getFirst();
    }

    private static Span span(String text, String words) {
        CodePointIndex index = new CodePointIndex(text);
        int at = text.indexOf(words);
        return new Span(index.toCodePoint(at), index.toCodePoint(at + words.length()));
    }
}
