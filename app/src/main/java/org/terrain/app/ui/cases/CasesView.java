package org.terrain.app.ui.cases;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The « Cas et attributs » window: on the left the cases × attributes table (double-click a cell to type its
 * value, Entrée to keep it, an empty value empties it), on the right every source with its case (a list to
 * choose from). Above: « Nouveau cas… », « Nouvel attribut… » (with its type) and « Importer un CSV… ».
 * Not modal: the table follows the project (Ctrl+Z in the main window undoes an edit, and the table shows it).
 */
public final class CasesView {
    private final CasesViewModel viewModel;
    private Dialog<Void> dialog;
    private TableView<CaseRow> cases;

    public CasesView(CasesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Dialog<Void> show(Window owner) {
        if (dialog != null && dialog.isShowing()) {
            return dialog;
        }
        cases = new TableView<>(viewModel.rows());
        cases.setId("cases-table");
        cases.setEditable(true);
        cases.setPlaceholder(new Label(UiText.get("cases.empty")));
        ListChangeListener<CaseColumn> columnsChanged = change -> layColumns();
        viewModel.columns().addListener(columnsChanged);
        layColumns();

        TableView<SourceCase> sources = new TableView<>(viewModel.sources());
        sources.setId("cases-sources");
        sources.setEditable(true);
        TableColumn<SourceCase, String> source = new TableColumn<>(UiText.get("cases.source"));
        source.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().source()));
        source.setEditable(false);
        source.setPrefWidth(200);
        ObservableList<String> choices = FXCollections.observableArrayList();
        ListChangeListener<CaseRow> rowsChanged = change -> {
            choices.setAll("");
            choices.addAll(viewModel.caseNames());
        };
        viewModel.rows().addListener(rowsChanged);
        TableColumn<SourceCase, String> caseColumn = new TableColumn<>(UiText.get("cases.case"));
        caseColumn.setId("cases-source-case");
        caseColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().caseName()));
        caseColumn.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
        caseColumn.setOnEditCommit(edit -> {
            viewModel.assign(edit.getRowValue().source(), edit.getNewValue());
            sources.refresh();
        });
        caseColumn.setPrefWidth(160);
        sources.getColumns().add(source);
        sources.getColumns().add(caseColumn);

        Button addCase = new Button(UiText.get("cases.add_case"), new FontIcon(Feather.PLUS));
        addCase.setId("cases-add-case");
        addCase.setOnAction(event -> askCase());
        Button addAttribute = new Button(UiText.get("cases.add_attribute"), new FontIcon(Feather.COLUMNS));
        addAttribute.setId("cases-add-attribute");
        addAttribute.setOnAction(event -> askAttribute());
        Button importCsv = new Button(UiText.get("cases.import"), new FontIcon(Feather.FILE_TEXT));
        importCsv.setId("cases-import");
        importCsv.setOnAction(event -> chooseCsv());
        ToolBar tools = new ToolBar(addCase, addAttribute, importCsv);

        SplitPane split = new SplitPane(titled(UiText.get("cases.table_title"), cases),
                titled(UiText.get("cases.sources_title"), sources));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        split.setPrefSize(900, 440);
        Label hint = new Label(UiText.get("cases.hint"));
        hint.setWrapText(true);
        // A refused cell shows its old value again; the reason is said here, where the eye is, not only below.
        Label refusal = new Label();
        refusal.setId("cases-refusal");
        refusal.getStyleClass().add("field-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(viewModel.refusalProperty());
        refusal.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(UiText.get("cases.title"));
        dialog.getDialogPane().setContent(new VBox(8, tools, split, refusal, hint));
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.CLOSE);
        dialog.getDialogPane().setId("cases-dialog");
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setMinWidth(900);
        dialog.setOnHidden(event -> {
            viewModel.columns().removeListener(columnsChanged);
            viewModel.rows().removeListener(rowsChanged);
            viewModel.close();
        });
        Theme.apply(dialog.getDialogPane());
        viewModel.open();
        dialog.show();
        return dialog;
    }

    private static VBox titled(String title, TableView<?> table) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        VBox box = new VBox(4, label, table);
        box.setPadding(new Insets(0, 4, 0, 4));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /** The case column, then one editable column per attribute, its type in the header. */
    private void layColumns() {
        cases.getColumns().clear();
        TableColumn<CaseRow, String> name = new TableColumn<>(UiText.get("cases.case"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setEditable(false);
        name.setPrefWidth(150);
        cases.getColumns().add(name);
        for (CaseColumn column : viewModel.columns()) {
            TableColumn<CaseRow, String> values = new TableColumn<>(
                    UiText.get("cases.column", column.name(), column.type().label()));
            values.setId("cases-column-" + column.name());
            values.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value(column.name())));
            values.setCellFactory(TextFieldTableCell.forTableColumn());
            values.setOnEditCommit(edit -> {
                viewModel.setValue(edit.getRowValue().name(), column.name(), edit.getNewValue());
                // The row shows the stored value again: the new one once saved, the old one if refused.
                cases.refresh();
            });
            values.setPrefWidth(130);
            cases.getColumns().add(values);
        }
    }

    private void askCase() {
        TextField name = new TextField();
        name.setId("cases-new-case-name");
        name.setPromptText(UiText.get("import.options.case.prompt"));
        Dialog<String> ask = small(UiText.get("cases.add_case.title"), name);
        ask.setResultConverter(button -> button == DialogButtons.OK ? name.getText() : null);
        ask.showAndWait().filter(text -> !text.isBlank()).ifPresent(viewModel::addCase);
    }

    private void askAttribute() {
        TextField name = new TextField();
        name.setId("cases-new-attribute-name");
        ComboBox<ColumnType> type = new ComboBox<>(FXCollections.observableArrayList(ColumnType.values()));
        type.setId("cases-new-attribute-type");
        type.setValue(ColumnType.TEXT);
        type.setConverter(Named.converter(ColumnType::label));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(UiText.get("cases.attribute_name")), name);
        grid.addRow(1, new Label(UiText.get("cases.attribute_type")), type);
        Dialog<String> ask = small(UiText.get("cases.add_attribute.title"), grid);
        ask.setResultConverter(button -> button == DialogButtons.OK ? name.getText() : null);
        Platform.runLater(name::requestFocus);
        ask.showAndWait().filter(text -> !text.isBlank())
                .ifPresent(text -> viewModel.addAttribute(text, type.getValue()));
    }

    private Dialog<String> small(String title, javafx.scene.Node content) {
        Dialog<String> ask = new Dialog<>();
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(title);
        ask.setHeaderText(title);
        ask.getDialogPane().setContent(content);
        ask.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        ask.getDialogPane().setId("cases-ask");
        ask.getDialogPane().lookupButton(DialogButtons.OK).setId("cases-ask-ok");
        Theme.apply(ask.getDialogPane());
        return ask;
    }

    private void chooseCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("cases.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("cases.import.filter"),
                "*.csv", "*.txt"));
        FileDialogs.open(chooser, dialog.getDialogPane().getScene().getWindow()).ifPresent(this::importCsv);
    }

    /** Imports a CSV table (what the chooser leads to; tests start here, past the native chooser). */
    public void importCsv(Path file) {
        viewModel.importCsv(file);
    }
}
