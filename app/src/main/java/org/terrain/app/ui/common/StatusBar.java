package org.terrain.app.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The bottom line: what is happening or what happened, a progress bar while work runs, the project folder. */
public final class StatusBar extends HBox {
    public StatusBar(StatusViewModel status) {
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        message.setTooltip(whole);
        status.errorProperty().addListener((observable, before, error) -> {
            if (error) {
                message.getStyleClass().add("status-error");
            } else {
                message.getStyleClass().remove("status-error");
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(status.progressProperty());
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label location = new Label();
        location.getStyleClass().add("status-location");
        location.textProperty().bind(status.locationProperty());
        getChildren().addAll(message, progress, location);
    }
}
