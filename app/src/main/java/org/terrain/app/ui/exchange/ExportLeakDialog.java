package org.terrain.app.ui.exchange;

import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The export whose leak check found real names: one sentence saying nothing was kept, then every leak on its
 * own line (the file, the entry of an archive, the original found), for the researcher to add to the table.
 */
final class ExportLeakDialog {
    private ExportLeakDialog() {
    }

    static Alert show(Window owner, ExportOutcome outcome) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", DialogButtons.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(UiText.get("export.leak.title"));
        alert.setHeaderText(UiText.get("export.leak.header", outcome.file().getFileName(), outcome.leaks().size()));
        ListView<String> list = new ListView<>();
        list.setId("export-leaks");
        list.getItems().setAll(outcome.leaks());
        list.setPrefSize(640, Math.min(320, 40 + 26 * outcome.leaks().size()));
        alert.getDialogPane().setContent(new VBox(8, new javafx.scene.control.Label(UiText.get("export.leak.hint")),
                list));
        alert.getDialogPane().setId("export-leak");
        alert.setResizable(true);
        Theme.apply(alert.getDialogPane());
        alert.show();
        return alert;
    }
}
