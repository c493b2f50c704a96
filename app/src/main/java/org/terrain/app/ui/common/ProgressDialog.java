package org.terrain.app.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialog long work shows while it runs: a progress bar, what it is at, and « Annuler », which asks
 * the work to stop (as closing the dialog does). The caller closes it once the work is over.
 */
public final class ProgressDialog {
    private ProgressDialog() {
    }

    /**
     * @param running  true while the work runs: closing the dialog then asks it to stop
     * @param onCancel asks the work to stop
     */
    public static Dialog<ButtonType> show(Window owner, String id, String title, String header,
            ObservableValue<? extends Number> progress, ObservableStringValue step, ObservableValue<Boolean> running,
            Runnable onCancel) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(progress);
        Label at = new Label();
        at.textProperty().bind(step);
        at.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new VBox(8, bar, at));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.CANCEL);
        dialog.getDialogPane().setId(id);
        dialog.setOnHidden(event -> {
            if (running.getValue()) {
                onCancel.run();
            }
        });
        Theme.apply(dialog.getDialogPane());
        dialog.show();
        return dialog;
    }
}
