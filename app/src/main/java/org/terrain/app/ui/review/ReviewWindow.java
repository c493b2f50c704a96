package org.terrain.app.ui.review;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.terrain.app.ui.common.Theme;

/** Review mode in a window of its own: {@code ./terrain-app FILE.terrain-review}, or Fichier › Ouvrir une relecture…. */
public final class ReviewWindow {
    private ReviewWindow() {
    }

    /** Shows the package in {@code stage}; closing the window saves what is pending and closes the package. */
    public static ReviewViewModel show(Stage stage, Path file, String reviewerId, String reviewerName) {
        return show(stage, file, reviewerId, reviewerName, () -> { });
    }

    /** The same; {@code shown} runs once the excerpts are on screen (the screenshot of a headless run). */
    public static ReviewViewModel show(Stage stage, Path file, String reviewerId, String reviewerName, Runnable shown) {
        ReviewViewModel viewModel = new ReviewViewModel(file, reviewerId, reviewerName);
        ReviewView view = new ReviewView(viewModel);
        Scene scene = new Scene(view.root(), 1100, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        viewModel.open(() -> {
            view.root().requestFocus();
            shown.run();
        });
        return viewModel;
    }

    /** Whether a file named on the command line is a review package rather than a project folder. */
    public static boolean isPackage(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".terrain-review");
    }
}
