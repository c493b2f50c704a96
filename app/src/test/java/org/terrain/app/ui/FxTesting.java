package org.terrain.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.Snapshots;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the headless window tests share: running on the FX thread, waiting for the background, screenshots. */
final class FxTesting {
    static final long TIMEOUT_SECONDS = 30;

    private FxTesting() {
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** The main window on {@code viewModel}'s project, shown on the test's stage, the project opening. */
    static org.terrain.app.ui.common.MainWindow show(javafx.stage.Stage stage, MainViewModel viewModel) {
        org.terrain.app.ui.common.MainWindow window = new org.terrain.app.ui.common.MainWindow(viewModel);
        window.install(stage);
        stage.show();
        viewModel.open();
        return window;
    }

    /** Until no background work is queued or running, and the FX thread has handled what it handed back. */
    static void waitIdle(MainViewModel viewModel) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> viewModel.session().pendingProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Gives the bottom-right tools more room: the right split's divider at {@code documentShare} of the height,
     * so that a tab's lists show in a screenshot.
     */
    static void roomForTools(FxRobot robot, double documentShare) throws Exception {
        onFx(() -> {
            robot.lookup(".main-split").queryAs(SplitPane.class).getItems().get(1)
                    .lookupAll(".split-pane").stream()
                    .filter(node -> node instanceof SplitPane)
                    .map(node -> (SplitPane) node).findFirst()
                    .ifPresent(right -> right.setDividerPositions(documentShare));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the scene under target/screenshots (the build's folder, or the property's). */
    static Path screenshot(Scene scene, String name) throws Exception {
        Path png = Path.of(System.getProperty("terrain.screenshots", "target/screenshots")).resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            Snapshots.save(scene, png);
            return null;
        });
        return png;
    }

    /** A project with one interview imported as turns; the store stays open for the test to add codes. */
    static ProjectStore projectWithInterview(Path folder, Path temp, String name, String text) throws Exception {
        ProjectStore store = ProjectStore.create(folder, "Vallée de la chimie", "test");
        Path file = Files.writeString(temp.resolve(name), text);
        new ImportService(store).importPaths(List.of(file), new ImportOptions(SourceKind.INTERVIEW, "Martine",
                Map.of(), TurnMode.ON), ProgressListener.NONE, Cancellation.none());
        return store;
    }
}
