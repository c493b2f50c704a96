package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.backups.BackupRow;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** « Projet › Restaurer une sauvegarde… » in the window: the list, a damaged backup refused, a restore confirmed. */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {
    @TempDir
    Path temp;
    private Path project;
    private String backup;
    private String damaged;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, "entretien.txt",
                "PB : Et la sécurité ?\nMARTINE : Les masques, les consignes.\n")) {
            store.codes().add(CodePath.of("Sécurité"), null, null);
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow().name();
            store.codes().add(CodePath.of("Après la sauvegarde"), null, null);
        }
        damaged = backup.replace("-on-request", "-during-work").replace("-seq2-", "-seq3-");
        byte[] bytes = Files.readAllBytes(project.resolve("backups").resolve(backup));
        Files.write(project.resolve("backups").resolve(damaged), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void aBackupChosenInTheListIsRestoredAfterConfirmation(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        runFx(window::showRestore);
        waitIdle(viewModel);
        waitFor(() -> dialog("backups-dialog") != null && viewModel.restore().rows().size() >= 2);
        screenshot(onFx(() -> dialog("backups-dialog").getScene()), "restore-dialog");

        // The damaged one, newest, heads the list and cannot be restored.
        select(damaged);
        assertThat(onFx(() -> ((Button) dialog("backups-dialog").lookup("#backups-restore")).isDisabled())).isTrue();
        select(backup);
        assertThat(onFx(() -> ((Button) dialog("backups-dialog").lookup("#backups-restore")).isDisabled())).isFalse();

        robot.clickOn("#backups-restore");
        waitFor(() -> dialog("backups-confirm") != null);
        assertThat(onFx(() -> dialog("backups-confirm").getContentText())).contains("avant une restauration");
        screenshot(onFx(() -> dialog("backups-confirm").getScene()), "restore-confirm");
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof Button b && "OK".equals(b.getText())
                && b.getScene().getRoot() == dialog("backups-confirm")).queryButton());
        waitIdle(viewModel);
        waitFor(() -> !((Label) dialog("backups-dialog").lookup("#backups-outcome")).getText().isEmpty());
        waitIdle(viewModel);

        assertThat(onFx(() -> ((Label) dialog("backups-dialog").lookup("#backups-outcome")).getText()))
                .contains(backup).contains("restaurée");
        assertThat(onFx(() -> viewModel.session().openProperty().get())).isTrue();
        waitFor(() -> viewModel.restore().rows().stream().anyMatch(r -> r.reason().equals("before-restore")));
        screenshot(onFx(() -> dialog("backups-dialog").getScene()), "restore-done");
        runFx(() -> dialog("backups-dialog").getScene().getWindow().hide());
    }

    private void select(String name) throws Exception {
        runFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<BackupRow> table = (TableView<BackupRow>) dialog("backups-dialog").lookup("#backups-table");
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.name().equals(name))
                    .findFirst().orElseThrow());
        });
    }

    private static DialogPane dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && id.equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
