package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An action that throws on the FX thread (or any thread) ends in the error dialog, the project still open. */
@ExtendWith(ApplicationExtension.class)
class UncaughtFailureWindowTest {
    @TempDir
    Path temp;

    private MainViewModel viewModel;
    private MainWindow window;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) throws Exception {
        ProjectStore.create(temp.resolve("projet"), "Vallée de la chimie", "test").close();
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("projet"), false));
        window = new MainWindow(viewModel);
        window.install(stage);
        stage.show();
        before = Thread.getDefaultUncaughtExceptionHandler();
        window.uncaughtFailures().install();
        viewModel.open();
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void aFailingActionOnTheFxThreadShowsTheDialogWithDetails(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());

        Platform.runLater(() -> {
            throw new IllegalStateException("le bouton a échoué");
        });
        FxTesting.waitFor(() -> dialog() != null);

        DialogPane pane = FxTesting.onFx(this::dialog);
        assertThat(FxTesting.onFx(pane::getHeaderText)).contains("erreur inattendue");
        assertThat(FxTesting.onFx(() -> ((Label) pane.lookup("#error-text")).getText()))
                .contains("le bouton a échoué").contains("Votre travail n’est pas perdu");
        TitledPane details = (TitledPane) pane.lookup("#error-details");
        assertThat(FxTesting.onFx(details::getText)).isEqualTo("Détails");
        assertThat(FxTesting.onFx(details::isExpanded)).isFalse();
        FxTesting.runFx(() -> details.setExpanded(true));
        assertThat(FxTesting.onFx(() -> ((javafx.scene.control.TextArea) pane.lookup("#error-details-text")).getText()))
                .contains("IllegalStateException").contains("UncaughtFailureWindowTest");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        FxTesting.screenshot(pane.getScene(), "uncaught-error-dialog");

        FxTesting.runFx(() -> pane.getScene().getWindow().hide());
        assertThat(FxTesting.onFx(() -> viewModel.session().openProperty().get())).isTrue();
    }

    @Test
    void aFailureOnAnotherThreadShowsTheDialogToo() throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());

        Thread worker = new Thread(() -> {
            throw new UnsupportedOperationException("tâche de fond");
        }, "essai");
        worker.start();
        worker.join();
        FxTesting.waitFor(() -> dialog() != null);

        assertThat(FxTesting.onFx(() -> ((Label) dialog().lookup("#error-text")).getText())).contains("tâche de fond");
        FxTesting.runFx(() -> dialog().getScene().getWindow().hide());
    }

    @Test
    void anActionThatFailsInTheBackgroundShowsTheDialogAndTheStatusBar() throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());

        FxTesting.runFx(() -> viewModel.session().change("", store -> {
            throw new IllegalStateException("défaut du programme");
        }, done -> ""));
        FxTesting.waitFor(() -> dialog() != null);

        assertThat(FxTesting.onFx(() -> ((Label) dialog().lookup("#error-text")).getText()))
                .contains("défaut du programme");
        assertThat(FxTesting.onFx(() -> viewModel.status().messageProperty().get())).contains("défaut du programme");
        FxTesting.runFx(() -> dialog().getScene().getWindow().hide());
    }

    @Test
    void aFailureTheUserCanActOnIsNoCrash() throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());

        FxTesting.runFx(() -> viewModel.session().change("", store -> {
            store.codes().add(org.terrain.codingschemes.CodePath.of("Lieux"), null, null);
            return store.codes().add(org.terrain.codingschemes.CodePath.of("Lieux"), null, null);
        }, done -> ""));
        FxTesting.waitIdle(viewModel);

        assertThat(FxTesting.onFx(this::dialog)).isNull();
    }

    private DialogPane dialog() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "error-dialog".equals(pane.getId()))
                .map(DialogPane.class::cast)
                .findFirst().orElse(null);
    }
}
