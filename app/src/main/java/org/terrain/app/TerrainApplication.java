package org.terrain.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.app.project.AppSettings;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.project.RecentProjects;
import org.terrain.app.project.TerrainHome;
import org.terrain.app.project.UserIdentity;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.common.Snapshots;

/**
 * The JavaFX application: opens the main window on the project named on the command line, or on the demo.
 * With {@code -Dterrain.screenshot=FILE.png} it saves the window once it is ready and quits, which is how the
 * app is looked at on a machine without a person in front of it.
 */
public final class TerrainApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TerrainApplication.class);
    /** Lets the last layout and CSS pass land before the picture is taken. */
    private static final Duration SETTLE = Duration.millis(400);

    private MainViewModel viewModel;
    /** Review mode's, when the app was started on a review package. */
    private org.terrain.app.ui.review.ReviewViewModel review;

    @Override
    public void start(Stage stage) {
        java.util.List<String> arguments = getParameters().getRaw();
        if (!arguments.isEmpty() && org.terrain.app.ui.review.ReviewWindow.isPackage(Path.of(arguments.getFirst()))) {
            // Review mode: a supervisor's package, no project.
            UserIdentity identity = UserIdentity.in(TerrainHome.resolve());
            org.terrain.corpus.model.Identity who = identity.saved()
                    .orElseGet(() -> org.terrain.corpus.model.Identity.named(UserIdentity.suggestedName()));
            String screenshot = System.getProperty("terrain.screenshot");
            review = org.terrain.app.ui.review.ReviewWindow.show(stage, Path.of(arguments.getFirst()).toAbsolutePath(),
                    who.id(), who.name(), () -> {
                        if (screenshot != null && !screenshot.isBlank()) {
                            saveAfterSettling(stage.getScene(), Path.of(screenshot));
                        }
                    });
            return;
        }
        ProjectChoice choice = ProjectChoice.fromArguments(getParameters().getRaw(), TerrainHome.resolve());
        viewModel = new MainViewModel(choice, RecentProjects.in(TerrainHome.resolve()),
                AppSettings.in(TerrainHome.resolve()), UserIdentity.in(TerrainHome.resolve()));
        MainWindow window = new MainWindow(viewModel);
        window.uncaughtFailures().install();
        window.install(stage);
        if (Boolean.getBoolean("terrain.startupTiming")) {
            reportStartupTiming(stage);
        }
        stage.show();
        String screenshot = System.getProperty("terrain.screenshot");
        if (screenshot != null && !screenshot.isBlank()) {
            saveWhenReady(window, Path.of(screenshot));
        }
        viewModel.open();
        if (screenshot == null || screenshot.isBlank()) {
            window.askIdentityIfFirstStart(); // nobody is there to answer when a picture is taken
        }
    }

    /**
     * With {@code -Dterrain.startupTiming=true}: prints how long after the JVM's start the window appeared and
     * when it showed the project (its first source's text), on standard error, for the benchmarks.
     */
    private void reportStartupTiming(Stage stage) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        stage.setOnShown(event -> System.err.printf("terrain.startupTiming window shown: %d ms since JVM start%n",
                System.currentTimeMillis() - jvmStart));
        viewModel.readyProperty().addListener((observable, before, ready) -> {
            if (ready) {
                Platform.runLater(() -> System.err.printf(
                        "terrain.startupTiming project shown: %d ms since JVM start%n",
                        System.currentTimeMillis() - jvmStart));
            }
        });
    }

    private static void saveAfterSettling(javafx.scene.Scene scene, Path png) {
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(event -> {
            try {
                Snapshots.save(scene, png);
            } catch (IOException e) {
                LOG.error("screenshot {} failed", png, e);
            }
            Platform.exit();
        });
        settle.play();
    }

    private void saveWhenReady(MainWindow window, Path png) {
        viewModel.readyProperty().addListener((observable, before, ready) -> {
            if (ready) {
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(event -> {
                    try {
                        Snapshots.save(window.scene(), png);
                    } catch (IOException e) {
                        LOG.error("screenshot {} failed", png, e);
                    }
                    Platform.exit();
                });
                settle.play();
            }
        });
    }

    @Override
    public void stop() {
        if (review != null) {
            review.close(); // the verdicts being saved reach the file before the JVM ends
        }
        if (viewModel != null) {
            viewModel.close();
        }
    }
}
