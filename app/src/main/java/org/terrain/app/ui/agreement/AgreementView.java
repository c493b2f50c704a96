package org.terrain.app.ui.agreement;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.UiText;

/**
 * « Accord inter-codeurs »: the two coders, the codes, the overlap on a line; the table per code with the overall
 * line in bold; below it, the disagreements side by side (coder A's segment, coder B's, the text only one of them
 * coded), a double click or Enter opening the source at the run. Exports the table as CSV or XLSX and copies the
 * methods paragraph (in French) for the thesis.
 */
public final class AgreementView extends VBox {
    private final AgreementViewModel viewModel;
    private final TableView<AgreementViewModel.Line> table = new TableView<>();
    private final TableView<AgreementViewModel.Difference> runs = new TableView<>();

    public AgreementView(AgreementViewModel viewModel) {
        this.viewModel = viewModel;
        setId("agreement-view");
        setSpacing(4);
        ComboBox<String> a = coder("agreement-coder-a", viewModel.coderAProperty());
        ComboBox<String> b = coder("agreement-coder-b", viewModel.coderBProperty());
        MenuButton codes = new MenuButton();
        codes.setId("agreement-codes");
        codes.setOnShowing(event -> fillCodes(codes));
        codes.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.chosenCodes().isEmpty() ? UiText.get("agreement.codes.all")
                        : UiText.get("agreement.codes.some", viewModel.chosenCodes().size()), viewModel.chosenCodes()));
        fillCodes(codes);
        Spinner<Double> overlap = new Spinner<>(0.0, 100.0, viewModel.overlapProperty().get(), 5.0);
        overlap.setId("agreement-overlap");
        overlap.setEditable(true);
        overlap.setPrefWidth(80);
        overlap.valueProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.overlapProperty().set(now);
            }
        });
        Tooltip.install(overlap, new Tooltip(UiText.get("agreement.overlap.tooltip")));
        CheckBox both = new CheckBox(UiText.get("agreement.coded_by_both"));
        both.setId("agreement-coded-by-both");
        both.selectedProperty().bindBidirectional(viewModel.codedByBothProperty());
        Button compute = new Button(UiText.get("agreement.compute"), new FontIcon(Feather.USERS));
        compute.setId("agreement-compute");
        compute.setOnAction(event -> viewModel.compute());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.runningProperty());
        busy.managedProperty().bind(viewModel.runningProperty());
        Button csv = disabledWithoutResult(tool("agreement-export-csv", "agreement.export_csv", Feather.DOWNLOAD));
        csv.setOnAction(event -> export("*.csv", "agreement.export_csv.file", viewModel::exportCsv));
        Button xlsx = disabledWithoutResult(tool("agreement-export-xlsx", "agreement.export_xlsx", Feather.DOWNLOAD));
        xlsx.setOnAction(event -> export("*.xlsx", "agreement.export_xlsx.file", viewModel::exportXlsx));
        Button methods = disabledWithoutResult(tool("agreement-copy-methods", "agreement.copy_methods", Feather.COPY));
        methods.setOnAction(event -> copyMethods());
        FlowPane controls = new FlowPane(8, 4, labelled(UiText.get("agreement.coder_a"), a),
                labelled(UiText.get("agreement.coder_b"), b), labelled(UiText.get("agreement.codes"), codes),
                labelled(UiText.get("agreement.overlap"), overlap), both, compute, busy, csv, xlsx, methods);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("pane-header");

        Label summary = new Label();
        summary.setId("agreement-summary");
        summary.getStyleClass().add("pane-title");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());

        buildTable();
        buildRuns();
        Label runsTitle = new Label(UiText.get("agreement.disagreements"));
        runsTitle.getStyleClass().add("pane-title");
        VBox lower = new VBox(2, runsTitle, runs);
        VBox.setVgrow(runs, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(controls, summary, split);
    }

    private ComboBox<String> coder(String id, javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(viewModel.coders());
        box.setId(id);
        box.setPrefWidth(150);
        box.valueProperty().bindBidirectional(value);
        box.setOnShowing(event -> viewModel.refresh());
        return box;
    }

    private void fillCodes(MenuButton menu) {
        menu.getItems().clear();
        for (String path : viewModel.codes()) {
            CheckMenuItem item = new CheckMenuItem(path);
            item.setSelected(viewModel.chosenCodes().contains(path));
            item.selectedProperty().addListener((observable, before, now) -> {
                if (now && !viewModel.chosenCodes().contains(path)) {
                    viewModel.chosenCodes().add(path);
                } else if (!now) {
                    viewModel.chosenCodes().remove(path);
                }
            });
            menu.getItems().add(item);
        }
    }

    private static Button tool(String id, String key, Feather icon) {
        Button button = new Button(UiText.get(key), new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "pane-tool");
        return button;
    }

    private Button disabledWithoutResult(Button button) {
        button.disableProperty().bind(viewModel.shownProperty().not());
        return button;
    }

    static HBox labelled(String text, Node control) {
        HBox box = new HBox(4, new Label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("agreement-table");
        table.getStyleClass().add("dense");
        table.setItems(viewModel.lines());
        table.setPlaceholder(new Label(UiText.get("agreement.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AgreementViewModel.Line, String> code = new TableColumn<>(UiText.get("agreement.column.code"));
        code.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().overall()
                ? UiText.get("agreement.overall") : cell.getValue().code()));
        code.setPrefWidth(220);
        table.getColumns().add(code);
        table.getColumns().add(number("agreement.column.percent", l -> percent(l.percent()), l -> l.percent()));
        table.getColumns().add(number("agreement.column.kappa", l -> decimal(l.kappa()), l -> l.kappa()));
        table.getColumns().add(number("agreement.column.alpha", l -> decimal(l.alpha()), l -> l.alpha()));
        table.getColumns().add(number("agreement.column.segments_a", l -> UiText.number(l.segmentsA()), l -> l.segmentsA()));
        table.getColumns().add(number("agreement.column.segments_b", l -> UiText.number(l.segmentsB()), l -> l.segmentsB()));
        table.getColumns().add(number("agreement.column.segment_agreement", l -> percent(l.segmentAgreement()),
                l -> l.segmentAgreement()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AgreementViewModel.Line item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && item.overall() ? "-fx-font-weight: bold;" : "");
            }
        });
    }

    private TableColumn<AgreementViewModel.Line, Double> number(String key,
            Function<AgreementViewModel.Line, String> text, ToDoubleFunction<AgreementViewModel.Line> value) {
        TableColumn<AgreementViewModel.Line, Double> column = new TableColumn<>(UiText.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                AgreementViewModel.Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(line == null ? null : text.apply(line));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(90);
        return column;
    }

    private void buildRuns() {
        runs.setId("agreement-disagreements");
        runs.getStyleClass().add("dense");
        runs.setItems(viewModel.differences());
        runs.setPlaceholder(new Label(UiText.get("agreement.disagreements.empty")));
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.getColumns().add(text("agreement.column.source", AgreementViewModel.Difference::source, 120));
        runs.getColumns().add(text("agreement.column.code", AgreementViewModel.Difference::code, 120));
        runs.getColumns().add(text("agreement.column.coder", AgreementViewModel.Difference::coder, 90));
        runs.getColumns().add(text("agreement.column.segment_a", AgreementViewModel.Difference::segmentA, 220));
        runs.getColumns().add(text("agreement.column.segment_b", AgreementViewModel.Difference::segmentB, 220));
        runs.getColumns().add(text("agreement.column.text", AgreementViewModel.Difference::text, 220));
        runs.setRowFactory(view -> {
            TableRow<AgreementViewModel.Difference> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        runs.setOnKeyPressed(event -> {
            AgreementViewModel.Difference chosen = runs.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                viewModel.open(chosen);
                event.consume();
            }
        });
    }

    private static TableColumn<AgreementViewModel.Difference, String> text(String key,
            Function<AgreementViewModel.Difference, String> value, double width) {
        TableColumn<AgreementViewModel.Difference, String> column = new TableColumn<>(UiText.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    private static String percent(double share) {
        return String.format(UiText.locale(), "%.1f %%", 100 * share);
    }

    private static String decimal(double value) {
        return String.format(UiText.locale(), "%.3f", value);
    }

    private void copyMethods() {
        String paragraph = viewModel.methods();
        if (paragraph.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(paragraph);
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.copied();
    }

    private void export(String pattern, String fileKey, java.util.function.Consumer<java.nio.file.Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        chooser.setInitialFileName(UiText.get(fileKey));
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(action);
    }

    /** The table, for tests. */
    TableView<AgreementViewModel.Line> table() {
        return table;
    }

    /** The disagreements, for tests. */
    TableView<AgreementViewModel.Difference> disagreements() {
        return runs;
    }
}
