package org.terrain.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog of an unexpected error: what happened, that no work is lost, and the stack trace under « Détails ». */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** Shows the report without waiting; {@code closed} runs when the user dismisses it. */
    public static Alert show(Window owner, UncaughtFailures.Report report, Runnable closed) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(report.title());
        alert.setHeaderText(report.header());
        Label text = new Label(report.text());
        text.setWrapText(true);
        text.setId("error-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        TextArea trace = new TextArea(report.details());
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        trace.setId("error-details-text");
        TitledPane details = new TitledPane(UiText.get("crash.details"), trace);
        details.setId("error-details");
        details.setExpanded(false);
        details.setAnimated(false);
        details.expandedProperty().addListener((observable, was, expanded) -> {
            Window window = alert.getDialogPane().getScene().getWindow();
            if (window != null) {
                // after the layout pass that gives the opened pane its height
                javafx.application.Platform.runLater(window::sizeToScene);
            }
        });
        VBox content = new VBox(10, text, details);
        content.setPrefWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("error-dialog");
        alert.setResizable(true);
        Theme.apply(alert.getDialogPane());
        alert.setOnHidden(event -> closed.run());
        alert.show();
        return alert;
    }
}
