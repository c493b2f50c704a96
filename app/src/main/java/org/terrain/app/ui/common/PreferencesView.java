package org.terrain.app.ui.common;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The user's name, asked at the first start (« Bienvenue dans Terrain ») and changed in « Édition ›
 * Préférences… ». At the first start the question only has OK: closing it keeps the name offered, which the
 * preferences change later. Shown without waiting, over the window.
 */
final class PreferencesView {
    private PreferencesView() {
    }

    static Dialog<ButtonType> show(Window owner, PreferencesViewModel viewModel, boolean firstStart) {
        viewModel.edit();
        TextField name = new TextField();
        name.setId("identity-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setPrefColumnCount(28);
        Label label = new Label(UiText.get("preferences.name"));
        label.setLabelFor(name);
        Label hint = new Label(UiText.get(firstStart ? "preferences.first_start.hint" : "preferences.name.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(UiText.get(firstStart ? "preferences.first_start.title" : "preferences.title"));
        dialog.setHeaderText(UiText.get(firstStart ? "preferences.first_start.header" : "preferences.header"));
        dialog.getDialogPane().setContent(new VBox(8, label, name, hint));
        dialog.getDialogPane().setId(firstStart ? "first-start" : "preferences");
        if (firstStart) {
            dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK);
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        }
        dialog.getDialogPane().lookupButton(DialogButtons.OK).disableProperty().bind(viewModel.nameBlankProperty());
        Theme.apply(dialog.getDialogPane());
        dialog.setOnHidden(event -> {
            boolean ok = dialog.getResult() == DialogButtons.OK;
            name.textProperty().unbindBidirectional(viewModel.nameProperty());
            if (ok || firstStart) {
                viewModel.save();
            } else {
                viewModel.edit(); // cancelled: the name in force stays
            }
        });
        dialog.show();
        name.requestFocus();
        return dialog;
    }
}
