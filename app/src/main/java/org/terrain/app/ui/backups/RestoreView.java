package org.terrain.app.ui.backups;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The « Restaurer une sauvegarde » dialog: the backups, newest first (date, size, why, intact or damaged), and
 * « Restaurer… », which asks first, saying that the current state is kept as a backup and how to come back to
 * it. A damaged backup cannot be chosen. The dialog stays open to show what was done and the new list.
 */
public final class RestoreView {
    private final RestoreViewModel viewModel;
    private Dialog<Void> dialog;

    public RestoreView(RestoreViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the dialog (or brings it forward) and reads the list. */
    public Dialog<Void> show(Window owner) {
        viewModel.load();
        if (dialog != null && dialog.isShowing()) {
            return dialog;
        }
        TableView<BackupRow> table = new TableView<>(viewModel.rows());
        table.setId("backups-table");
        table.getColumns().add(column("backups.date", BackupRow::date, 175));
        table.getColumns().add(column("backups.size", BackupRow::sizeText, 75));
        table.getColumns().add(column("backups.reason", BackupRow::reasonText, 190));
        table.getColumns().add(column("backups.state", BackupRow::state, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(BackupRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("damaged"),
                        !empty && row != null && !row.ok());
            }
        });
        table.setPlaceholder(new Label(UiText.get("backups.none")));
        table.setPrefSize(620, 320);

        Button restore = new Button(UiText.get("backups.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("backups-restore");
        restore.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(() -> {
            BackupRow chosen = table.getSelectionModel().getSelectedItem();
            return chosen == null || !chosen.ok();
        }, table.getSelectionModel().selectedItemProperty())));
        restore.setOnAction(event -> confirmAndRestore(table.getSelectionModel().getSelectedItem()));
        Label outcome = new Label();
        outcome.setId("backups-outcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(620);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        Label hint = new Label(UiText.get("backups.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(620);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(UiText.get("backups.title"));
        dialog.setHeaderText(UiText.get("backups.header"));
        dialog.getDialogPane().setContent(new VBox(10, table, new HBox(8, restore), outcome, hint));
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.CLOSE);
        dialog.getDialogPane().setId("backups-dialog");
        Theme.apply(dialog.getDialogPane());
        dialog.show();
        return dialog;
    }

    private static TableColumn<BackupRow, String> column(String key, java.util.function.Function<BackupRow, String> text,
                                                          double width) {
        TableColumn<BackupRow, String> column = new TableColumn<>(UiText.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void confirmAndRestore(BackupRow row) {
        if (row == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, UiText.get("backups.confirm.text", row.date(),
                row.reasonText()), DialogButtons.OK, DialogButtons.CANCEL);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(UiText.get("backups.title"));
        ask.setHeaderText(UiText.get("backups.confirm.header", row.date()));
        ask.getDialogPane().setId("backups-confirm");
        Theme.apply(ask.getDialogPane());
        ask.showAndWait().filter(ButtonType.class::isInstance).filter(DialogButtons.OK::equals)
                .ifPresent(ok -> viewModel.restore(row));
    }
}
