package org.terrain.app.ui.memos;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/** The memo of a source, a code or the project in a small dialog: a text area; empty removes the memo. */
final class MemoDialog {
    private MemoDialog() {
    }

    /** The text written, or empty when cancelled. */
    static Optional<String> edit(Window owner, String header, String current) {
        TextArea text = new TextArea(current);
        text.setId("memo-text");
        text.setWrapText(true);
        text.setPrefSize(460, 220);
        text.setPromptText(UiText.get("memo.dialog.prompt"));
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(UiText.get("memo.dialog.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        dialog.setResultConverter(button -> button == DialogButtons.OK ? text.getText() : null);
        dialog.setOnShown(event -> text.requestFocus());
        Theme.apply(dialog.getDialogPane());
        return dialog.showAndWait();
    }
}
