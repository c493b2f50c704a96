package org.terrain.app.ui.contrast;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.UiText;

/**
 * « Codes × parties »: the partition and the measure on a line, then a heat map, one row per code (its colour
 * and path) and one column per part; each cell's background is the theme's accent, more opaque as its value
 * nears the table's largest, with the value written and the three counts in a tooltip. Exports as CSV and SVG.
 */
public final class CodeTableView extends VBox {
    private final CodeTableViewModel viewModel;
    private final GridPane grid = new GridPane();

    public CodeTableView(CodeTableViewModel viewModel) {
        this.viewModel = viewModel;
        setId("codetable-view");
        setSpacing(4);
        ComboBox<String> partition = new ComboBox<>(viewModel.partitions());
        partition.setId("codetable-partition");
        partition.setConverter(Named.converter(CodeTableViewModel::label));
        partition.valueProperty().bindBidirectional(viewModel.partitionProperty());
        partition.setOnAction(event -> {
            if (partition.getValue() != null) {
                viewModel.compute();
            }
        });
        ComboBox<CodeTableViewModel.Measure> measure = new ComboBox<>();
        measure.setId("codetable-measure");
        measure.getItems().setAll(CodeTableViewModel.Measure.values());
        measure.setConverter(Named.converter(m -> UiText.get("codetable.measure." + m.name().toLowerCase(Locale.ROOT))));
        measure.valueProperty().bindBidirectional(viewModel.measureProperty());
        Button show = new Button(UiText.get("codetable.compute"), new FontIcon(Feather.GRID));
        show.setId("codetable-compute");
        show.setOnAction(event -> viewModel.compute());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.runningProperty());
        busy.managedProperty().bind(viewModel.runningProperty());
        Button csv = new Button(UiText.get("contrast.export_csv"), new FontIcon(Feather.DOWNLOAD));
        csv.setId("codetable-export-csv");
        csv.getStyleClass().addAll("flat", "pane-tool");
        csv.disableProperty().bind(viewModel.shownProperty().isNull());
        csv.setOnAction(event -> export("*.csv", UiText.get("codetable.export_csv.file"), viewModel::exportCsv));
        Button svg = new Button(UiText.get("codetable.export_svg"), new FontIcon(Feather.IMAGE));
        svg.setId("codetable-export-svg");
        svg.getStyleClass().addAll("flat", "pane-tool");
        svg.disableProperty().bind(viewModel.shownProperty().isNull());
        svg.setOnAction(event -> export("*.svg", UiText.get("codetable.export_svg.file"), viewModel::exportSvg));
        Button png = new Button(UiText.get("contrast.export_png"), new FontIcon(Feather.IMAGE));
        png.setId("codetable-export-png");
        png.getStyleClass().addAll("flat", "pane-tool");
        png.disableProperty().bind(viewModel.shownProperty().isNull());
        png.setOnAction(event -> export("*.png", UiText.get("codetable.export_png.file"), this::savePng));
        FlowPane controls = new FlowPane(8, 4, ContrastView.labelled(UiText.get("codetable.partition"), partition),
                ContrastView.labelled(UiText.get("codetable.measure"), measure), show, busy, csv, svg, png);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("pane-header");

        Label summary = new Label();
        summary.setId("codetable-summary");
        summary.getStyleClass().add("pane-title");
        summary.textProperty().bind(viewModel.summaryProperty());

        grid.setId("codetable-heatmap");
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setPadding(new javafx.geometry.Insets(6));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        viewModel.gridProperty().addListener((observable, before, now) -> redraw());
        getChildren().addAll(controls, summary, scroll);
    }

    private void redraw() {
        draw(viewModel.gridProperty().get());
    }

    private void draw(CodeTableViewModel.Grid shown) {
        grid.getChildren().clear();
        if (shown == null) {
            return;
        }
        for (int c = 0; c < shown.headings().size(); c++) {
            Label head = new Label(shown.headings().get(c));
            head.getStyleClass().add("segment-where");
            head.setStyle("-fx-font-weight: bold;");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            grid.add(head, c + 1, 0);
        }
        for (int r = 0; r < shown.rows().size(); r++) {
            CodeTableViewModel.GridRow row = shown.rows().get(r);
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            if (row.colour() != null) {
                swatch.setStyle("-fx-background-color: " + row.colour() + "; -fx-background-radius: 2;");
            }
            Label code = new Label(row.code(), swatch);
            code.setGraphicTextGap(6);
            grid.add(code, 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                CodeTableViewModel.GridCell value = row.cells().get(c);
                double alpha = Svg.alpha(value.share());
                Region shade = new Region();
                shade.setStyle("-fx-background-color: -color-accent-emphasis; -fx-background-radius: 3;");
                shade.setOpacity(alpha);
                Label text = new Label(value.text());
                if (alpha > 0.55) {
                    text.setStyle("-fx-text-fill: -color-fg-emphasis;");
                }
                StackPane cell = new StackPane(shade, text);
                cell.getStyleClass().add("heatmap-cell");
                cell.setMinSize(84, 24);
                cell.setPrefSize(92, 26);
                Tooltip.install(cell, new Tooltip(value.tooltip()));
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    /**
     * Snapshots the heat map and hands the pixels to be written as PNG: drawn first with its codes and parts
     * through the pseudonym table (a PNG cannot be searched for names afterwards), then drawn back as it was.
     */
    public void savePng(java.nio.file.Path file) {
        viewModel.drawForPng(names -> {
            CodeTableViewModel.Grid shown = viewModel.gridProperty().get();
            draw(shown == null ? null : CodeTableViewModel.renamed(shown, names));
            grid.applyCss();
            grid.layout();
            javafx.scene.image.WritableImage image = grid.snapshot(new javafx.scene.SnapshotParameters(), null);
            redraw();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height,
                    javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
            viewModel.exportPng(width, height, pixels, file, names);
        });
    }

    private void export(String pattern, String initial, java.util.function.Consumer<java.nio.file.Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        chooser.setInitialFileName(initial);
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(action);
    }

    /** The heat map, for tests. */
    GridPane heatMap() {
        return grid;
    }
}
