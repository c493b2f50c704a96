package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.project.UserIdentity;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Who the user is: asked once, at the first start, with the system's name offered; changed in « Édition ›
 * Préférences… ». The name goes with every change the app makes, and a new name renames the earlier ones.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    @TempDir
    Path temp;

    private Path project;
    private Path home;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, "entretien-martine.txt",
                "[00:00:01] ENQ : Et l’usine ?\n[00:00:04] MARTINE : J’y suis entrée à seize ans.\n")) {
            store.codes().add(CodePath.of("Pratiques"), null, null);
        }
        home = temp.resolve("terrain-home");
        viewModel = new MainViewModel(new ProjectChoice(project, false), null, UserIdentity.in(home));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void theFirstStartAsksOnceAndTheNameGoesWithTheNextChanges(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        assertThat(onFx(window::askIdentityIfFirstStart)).as("the first start asks").isTrue();
        waitFor(() -> robot.lookup("#identity-name").tryQuery().isPresent());
        TextField name = robot.lookup("#identity-name").queryAs(TextField.class);
        assertThat(onFx(() -> name.getText())).as("the system's name is offered").isNotBlank();
        FxTesting.screenshot(name.getScene(), "identity-first-start");

        runFx(() -> name.setText("Marie Dupont"));
        robot.clickOn("OK");
        waitIdle(viewModel);
        assertThat(UserIdentity.in(home).saved()).map(Identity::name).contains("Marie Dupont");

        runFx(() -> viewModel.codes().create(null, "Horaires"));
        waitIdle(viewModel);
        assertThat(lastEntry().who()).isEqualTo("Marie Dupont");

        MainViewModel later = onFx(() -> new MainViewModel(new ProjectChoice(project, false), null,
                UserIdentity.in(home)));
        try {
            assertThat(onFx(() -> new MainWindow(later).askIdentityIfFirstStart())).as("asked once").isFalse();
            assertThat(later.preferences().identity().name()).isEqualTo("Marie Dupont");
        } finally {
            runFx(later::close);
        }
    }

    @Test
    void thePreferencesRenameTheUserInEveryChangeMadeSoFar(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        rename(robot, "Marie");
        Identity first = UserIdentity.in(home).saved().orElseThrow();
        runFx(() -> viewModel.codes().create(null, "Horaires"));
        waitIdle(viewModel);
        assertThat(lastEntry().who()).isEqualTo("Marie");

        rename(robot, "Marie Dupont");
        assertThat(UserIdentity.in(home).saved()).contains(new Identity(first.id(), "Marie Dupont"));
        runFx(() -> viewModel.codes().create(null, "Transmission"));
        waitIdle(viewModel);
        List<Operation> log = read(store -> store.log(2));
        assertThat(log).extracting(Operation::who).as("the earlier entry follows the new name")
                .containsExactly("Marie Dupont", "Marie Dupont");

        runFx(window::showPreferences);
        waitFor(() -> robot.lookup("#identity-name").tryQuery().isPresent());
        runFx(() -> robot.lookup("#identity-name").queryAs(TextField.class).setText("Quelqu’un d’autre"));
        robot.clickOn("Annuler");
        waitIdle(viewModel);
        assertThat(UserIdentity.in(home).saved()).map(Identity::name).as("cancelled").contains("Marie Dupont");
    }

    private void rename(FxRobot robot, String name) throws Exception {
        runFx(window::showPreferences);
        waitFor(() -> robot.lookup("#identity-name").tryQuery().isPresent());
        TextField field = robot.lookup("#identity-name").queryAs(TextField.class);
        runFx(() -> field.setText(name));
        robot.clickOn("OK");
        waitIdle(viewModel);
    }

    private Operation lastEntry() throws Exception {
        return read(store -> store.log(1)).getFirst();
    }

    /** Reads from the window's open store, in the background as the panes do. */
    private <T> T read(org.terrain.app.ui.common.ProjectSession.StoreWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        runFx(() -> viewModel.session().read(work, result::complete));
        return result.get(30, TimeUnit.SECONDS);
    }
}
