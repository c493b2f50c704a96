package org.terrain.app.ui.common;

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

    /** @param onCancel asks the work to stop */
    public static Dialog<ButtonType> show(Window owner, String id, String title, String header, TaskProgress task,
            Runnable onCancel) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(task.progressProperty());
        Label at = new Label();
        at.textProperty().bind(task.textProperty());
        at.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new VBox(8, bar, at));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.CANCEL);
        dialog.getDialogPane().setId(id);
        dialog.setOnHidden(event -> {
            if (task.isRunning()) {
                onCancel.run();
            }
        });
        Theme.apply(dialog.getDialogPane());
        dialog.show();
        return dialog;
    }
}
