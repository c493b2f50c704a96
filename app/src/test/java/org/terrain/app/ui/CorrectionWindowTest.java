package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.Coding;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Correcting a transcript in the window: Ctrl+Maj+E opens the text, typing inside a coded passage stretches its
 * coding, deleting a coded passage entirely names the coding in a dialog, and Ctrl+Z brings text and codings back.
 */
@ExtendWith(ApplicationExtension.class)
class CorrectionWindowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:02] ENQ : Comment êtes-vous arrivée à l’usine ?
            [00:00:06] MARTINE : Par mon père 👷, il était à l’entretien. La sécurité, c’était sa hantise.
            [00:00:15] ENQ : Et vous ?
            [00:00:18] MARTINE : Moi j’ai appris sur le tas, avec les anciens.
            """;

    @TempDir
    Path temp;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE, TEXT)) {
            code(store, "Sécurité", "La sécurité, c’était sa hantise");
            code(store, "Transmission", "sur le tas, avec les anciens");
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void codingsFollowACorrectionADeletedOneIsNamedAndCtrlZUndoesBoth(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get() && !viewModel.document().layerProperty().get().codings().isEmpty());
        waitIdle(viewModel);
        String original = onFx(() -> window.documentView().area().getText());
        robot.clickOn("#document-text");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> viewModel.document().correctingProperty().get());

        // Type inside the coded passage: after « La sécurité ».
        int inside = original.indexOf("La sécurité") + "La sécurité".length();
        runFx(() -> window.documentView().area().moveTo(inside));
        robot.write(" au travail");
        screenshot(window.scene(), "correction-editing");
        robot.clickOn("#correction-apply");
        waitFor(() -> !viewModel.document().correctingProperty().get());
        waitIdle(viewModel);

        assertThat(codedTexts()).containsExactly("La sécurité au travail, c’était sa hantise",
                "sur le tas, avec les anciens");
        assertThat(onFx(() -> viewModel.status().messageProperty().get()))
                .isEqualTo("Texte de « entretien-martine.txt » corrigé (une modification) ; les codages suivent leurs mots.");
        screenshot(window.scene(), "correction-applied");

        // Now delete the second coded passage entirely, and apply with Ctrl+S.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> viewModel.document().correctingProperty().get());
        runFx(() -> {
            var area = window.documentView().area();
            int start = area.getText().indexOf(" sur le tas, avec les anciens");
            area.selectRange(start, start + " sur le tas, avec les anciens".length());
            area.requestFocus();
        });
        robot.push(KeyCode.BACK_SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> removedDialog() != null);
        waitIdle(viewModel);

        DialogPane removed = onFx(this::removedDialog);
        assertThat(onFx(removed::getHeaderText)).isEqualTo(
                "Un codage a perdu tous ses mots dans « entretien-martine.txt » : il a été retiré.");
        ListView<?> list = onFx(() -> (ListView<?>) removed.lookup("#correction-removed-list"));
        assertThat(onFx(() -> list.getItems().stream().map(String::valueOf).toList())).containsExactly(
                "Transmission « sur le tas, avec les anciens »");
        assertThat(codedTexts()).containsExactly("La sécurité au travail, c’était sa hantise");
        screenshot(removed.getScene(), "correction-removed");
        runFx(() -> removed.getScene().getWindow().hide());

        // One Ctrl+Z undoes the deletion (text and coding), a second the first correction.
        robot.clickOn("#document-text");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        waitFor(() -> codedTexts().size() == 2);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        waitFor(() -> window.documentView().area().getText().equals(original));

        assertThat(codedTexts()).containsExactly("La sécurité, c’était sa hantise", "sur le tas, avec les anciens");
        screenshot(window.scene(), "correction-undone");
    }

    /** The words under each coding the document pane lays, in text order. */
    private List<String> codedTexts() throws Exception {
        return onFx(() -> {
            String text = window.documentView().area().getText();
            return viewModel.document().layerProperty().get().codings().stream()
                    .sorted(java.util.Comparator.comparingInt(c -> c.range().start()))
                    .map(Coding::range).map(r -> text.substring(r.start(), Math.min(r.end(), text.length()))).toList();
        });
    }

    private DialogPane removedDialog() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "correction-removed".equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private static void code(ProjectStore store, String code, String words) {
        CodePath path = CodePath.of(code);
        store.codes().add(path, null, null);
        String text = store.sources().get(SOURCE).text();
        int at = text.codePointCount(0, text.indexOf(words));
        store.segments().code(SOURCE, path, List.of(new Span(at, at + words.codePointCount(0, words.length()))),
                null, "test");
    }
}
