package org.terrain.app.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The Fichier menu's exchange items: « Importer… » (files), « Importer un dossier… » and the « Exporter »
 * submenu, one item per format. An import shows a small dialog with its progress and « Annuler », then a report
 * listing what was imported, skipped and failed, with the reasons. Exports report in the status bar.
 */
public final class ExchangeView {
    /** What a file chooser offers when importing: every format Terrain reads. */
    private static final List<String> IMPORTABLE = List.of("*.txt", "*.docx", "*.odt", "*.pdf", "*.rtf", "*.doc",
            "*.html", "*.htm", "*.trs", "*.vtt", "*.srt", "*.qdpx", "*.qde", "*.qdc");

    /** One line of the report's table. */
    private record Row(String outcome, ImportResult.Line line) {
    }

    private final ExchangeViewModel viewModel;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> progressDialog;

    public ExchangeView(ExchangeViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        viewModel.resultProperty().addListener((observable, before, result) -> {
            if (result != null) {
                closeProgress();
                showReport(owner.get(), result);
            }
        });
        viewModel.importingProperty().addListener((observable, before, running) -> {
            if (!running) {
                closeProgress();
            }
        });
        viewModel.leakedProperty().addListener((observable, before, leaked) -> {
            if (leaked != null) {
                ExportLeakDialog.show(owner.get(), leaked);
            }
        });
    }

    /** « Importer… », « Importer un dossier… » and « Exporter ›», for the Fichier menu. */
    public List<MenuItem> items() {
        MenuItem files = new MenuItem(UiText.get("menu.file.import"), new FontIcon(Feather.FILE_PLUS));
        files.setId("menu-import");
        files.setOnAction(event -> chooseFiles());
        MenuItem folder = new MenuItem(UiText.get("menu.file.import_folder"), new FontIcon(Feather.FOLDER_PLUS));
        folder.setId("menu-import-folder");
        folder.setOnAction(event -> chooseFolder());
        files.disableProperty().bind(viewModel.importingProperty());
        folder.disableProperty().bind(viewModel.importingProperty());
        Menu export = new Menu(UiText.get("menu.file.export_to"), new FontIcon(Feather.UPLOAD));
        export.setId("menu-export");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(UiText.get("export." + format.id() + ".menu"));
            item.setId("menu-export-" + format.id());
            item.setOnAction(event -> export(format));
            export.getItems().add(item);
        }
        export.disableProperty().bind(viewModel.importingProperty());
        CheckMenuItem realNames = new CheckMenuItem(UiText.get("menu.file.export_real_names"));
        realNames.setId("menu-export-real-names");
        realNames.selectedProperty().bindBidirectional(viewModel.realNamesProperty());
        realNames.setOnAction(event -> {
            if (realNames.isSelected()) {
                warnRealNames();
            }
        });
        return List.of(files, folder, export, realNames);
    }

    /**
     * « Exporter les noms réels » turned on: said plainly what the next exports will carry; anything but
     * « Exporter les noms réels » in the warning turns it off again.
     */
    public Alert warnRealNames() {
        Alert alert = new Alert(Alert.AlertType.WARNING, UiText.get("export.real_names.warning"),
                DialogButtons.CANCEL);
        ButtonType confirm = new ButtonType(UiText.get("export.real_names.confirm"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().add(0, confirm);
        if (owner.get() != null) {
            alert.initOwner(owner.get());
        }
        alert.setTitle(UiText.get("menu.file.export_real_names"));
        alert.setHeaderText(UiText.get("export.real_names.header"));
        alert.getDialogPane().setId("export-real-names");
        alert.setOnHidden(event -> {
            if (alert.getResult() != confirm) {
                viewModel.realNamesProperty().set(false);
            }
        });
        Theme.apply(alert.getDialogPane());
        alert.show();
        return alert;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("import.files.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(UiText.get("import.filter.all_formats"), IMPORTABLE),
                new FileChooser.ExtensionFilter(UiText.get("import.filter.refi"), "*.qdpx", "*.qde", "*.qdc"),
                new FileChooser.ExtensionFilter(UiText.get("import.filter.any"), "*.*"));
        List<Path> chosen = FileDialogs.openMany(chooser, owner.get());
        if (!chosen.isEmpty()) {
            start(chosen);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(UiText.get("import.folder.title"));
        FileDialogs.folder(chooser, owner.get()).ifPresent(folder -> start(List.of(folder)));
    }

    private void start(List<Path> paths) {
        if (ExchangeViewModel.onlyExchangeFiles(paths)) {
            startWith(paths, ImportChoices.defaults());
        } else {
            askThenImport(paths);
        }
    }

    /**
     * Asks the kind, the case and turn detection for these files or folders, then imports them (what the file
     * choosers lead to; public so that the window tests, which cannot drive a native chooser, start here).
     */
    public void askThenImport(List<Path> paths) {
        ImportOptionsView.show(owner.get(), paths, choices -> startWith(paths, choices));
    }

    private void startWith(List<Path> paths, ImportChoices choices) {
        viewModel.importPaths(paths, choices);
        if (viewModel.importingProperty().get()) {
            showProgress();
        }
    }

    private void showProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label step = new Label();
        step.textProperty().bind(viewModel.progressTextProperty());
        step.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(UiText.get("import.progress.title"));
        dialog.setHeaderText(UiText.get("import.progress.header"));
        dialog.getDialogPane().setContent(new VBox(8, bar, step));
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.CANCEL);
        dialog.getDialogPane().lookupButton(DialogButtons.CANCEL).setId("import-cancel");
        dialog.getDialogPane().setId("import-progress");
        dialog.setOnHidden(event -> {
            if (viewModel.importingProperty().get()) {
                viewModel.cancel();
            }
        });
        Theme.apply(dialog.getDialogPane());
        progressDialog = dialog;
        dialog.show();
    }

    private void closeProgress() {
        if (progressDialog != null) {
            Dialog<ButtonType> dialog = progressDialog;
            progressDialog = null;
            dialog.close();
        }
    }

    /** The report of an import: a count per outcome, then one line per file with what became of it. */
    public static Alert showReport(Window owner, ImportResult result) {
        Alert alert = new Alert(result.failed().isEmpty() && result.warnings().isEmpty() ? Alert.AlertType.INFORMATION
                : Alert.AlertType.WARNING);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(UiText.get("import.report.title"));
        alert.setHeaderText(UiText.get(result.cancelled() ? "status.import_cancelled" : "status.imported",
                result.imported().size(), result.skipped().size(), result.failed().size()));
        List<Row> rows = new ArrayList<>();
        result.failed().forEach(line -> rows.add(new Row(UiText.get("import.report.failed"), line)));
        result.warnings().forEach(line -> rows.add(new Row(UiText.get("import.report.warning"), line)));
        result.skipped().forEach(line -> rows.add(new Row(UiText.get("import.report.skipped"), line)));
        result.imported().forEach(line -> rows.add(new Row(UiText.get("import.report.imported"), line)));
        TableView<Row> table = new TableView<>();
        table.setId("import-report-table");
        table.getColumns().add(column(UiText.get("import.report.outcome"), Row::outcome, 90));
        table.getColumns().add(column(UiText.get("import.report.file"), row -> row.line().file(), 200));
        TableColumn<Row, String> detail = column(UiText.get("import.report.detail"), row -> row.line().detail(), 380);
        detail.setCellFactory(view -> new ReasonCell<>());
        table.getColumns().add(detail);
        table.getItems().setAll(rows);
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<Row> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((observable, before, item) -> row.setTooltip(item == null ? null
                    : new javafx.scene.control.Tooltip(item.line().path())));
            return row;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(720, Math.max(160, Math.min(440, 70 + 40 * rows.size())));
        table.setPlaceholder(new Label(UiText.get("import.report.nothing")));
        VBox content = new VBox(table);
        content.setPadding(new Insets(0));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("import-report");
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        Theme.apply(alert.getDialogPane());
        alert.show();
        return alert;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value,
            double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 100));
        return column;
    }

    private void export(ExportFormat format) {
        String licence = null;
        if (format == ExportFormat.TEI) {
            Optional<String> chosen = chooseLicence();
            if (chosen.isEmpty()) {
                return;
            }
            licence = chosen.get();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("export.title", UiText.get("export." + format.id() + ".menu")));
        chooser.setInitialFileName(viewModel.suggestedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                UiText.get("export." + format.id() + ".filter"),
                format.extensions().stream().map(extension -> "*." + extension).toList()));
        String chosenLicence = licence;
        FileDialogs.save(chooser, owner.get()).ifPresent(file -> viewModel.export(format, file, chosenLicence));
    }

    private Optional<String> chooseLicence() {
        List<String> ids = viewModel.teiLicences();
        List<String> labels = ids.stream().map(id -> UiText.get("export.tei.licence." + id)).toList();
        ChoiceDialog<String> ask = new ChoiceDialog<>(labels.getFirst(), labels);
        ask.initOwner(owner.get());
        ask.setTitle(UiText.get("export.tei.menu"));
        ask.setHeaderText(UiText.get("export.tei.licence.header"));
        ask.setContentText(UiText.get("export.tei.licence.label"));
        Theme.apply(ask.getDialogPane());
        return ask.showAndWait().map(label -> ids.get(labels.indexOf(label)));
    }
}
