package org.terrain.app.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** « Aide › Raccourcis clavier » : the {@link Shortcut} table as a page, in the interface's language. */
final class ShortcutsView {
    private ShortcutsView() {
    }

    static Alert show(Window owner) {
        TableView<Shortcut.Line> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column(UiText.get("shortcuts.area"), Shortcut.Line::area, 150));
        table.getColumns().add(column(UiText.get("shortcuts.keys"), Shortcut.Line::keys, 170));
        table.getColumns().add(column(UiText.get("shortcuts.action"), Shortcut.Line::action, 360));
        table.getItems().setAll(Shortcut.lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The page must fit a laptop's screen (and the headless test screen): past that the table scrolls.
        table.setPrefSize(760, Math.min(540, 48 + 42 * Shortcut.values().length));
        Label footer = new Label(UiText.get("shortcuts.footer"));
        footer.setWrapText(true);
        footer.setMaxWidth(760);
        Alert page = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            page.initOwner(owner);
        }
        page.setTitle(UiText.get("menu.help.shortcuts"));
        page.setHeaderText(UiText.get("shortcuts.header"));
        page.getDialogPane().setContent(new VBox(10, table, footer));
        page.getDialogPane().getButtonTypes().setAll(DialogButtons.OK);
        page.getDialogPane().setId("shortcuts-page");
        page.getDialogPane().setMinWidth(800);
        page.setResizable(true);
        Theme.apply(page.getDialogPane());
        page.show();
        return page;
    }

    private static TableColumn<Shortcut.Line, String> column(String title,
            java.util.function.Function<Shortcut.Line, String> value, double width) {
        TableColumn<Shortcut.Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
