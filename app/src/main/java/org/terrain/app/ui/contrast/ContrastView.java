package org.terrain.app.ui.contrast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.UiText;

/**
 * The « Contraste » tab: the two sides, the unit, the method, the minimum frequency and the interviewer's
 * speech on a line; below, the table of terms (sorted by score) beside a chart of the most specific terms of
 * each side; under them, the occurrences of the selected term in A and in B, side by side. A click on an
 * occurrence shows it in its source. The table exports as CSV, the chart as PNG.
 */
public final class ContrastView extends VBox {
    private final ContrastViewModel viewModel;
    private final TableView<TermRow> table = new TableView<>();
    private final BarChart<Number, String> chart;
    private final CategoryAxis terms = new CategoryAxis();
    private final XYChart.Series<Number, String> seriesA = new XYChart.Series<>();
    private final XYChart.Series<Number, String> seriesB = new XYChart.Series<>();
    private final CodeTableView codeTable;

    public ContrastView(ContrastViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("contrast-view");
        setId("contrast-view");

        ComboBox<String> sideA = side("contrast-side-a", viewModel.sideAProperty());
        ComboBox<String> sideB = side("contrast-side-b", viewModel.sideBProperty());
        ComboBox<ContrastViewModel.Unit> unit = new ComboBox<>();
        unit.setId("contrast-unit");
        unit.getItems().setAll(ContrastViewModel.Unit.values());
        unit.setConverter(Named.converter(u -> UiText.get("contrast.unit." + u.name().toLowerCase(java.util.Locale.ROOT))));
        unit.valueProperty().bindBidirectional(viewModel.unitProperty());
        ComboBox<ContrastViewModel.Method> method = new ComboBox<>();
        method.setId("contrast-method");
        method.getItems().setAll(ContrastViewModel.Method.values());
        method.setConverter(Named.converter(m -> UiText.get("contrast.method." + m.name().toLowerCase(java.util.Locale.ROOT))));
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        Spinner<Integer> minimum = new Spinner<>(1, 10_000, viewModel.minFrequencyProperty().get());
        minimum.setId("contrast-min");
        minimum.setEditable(true);
        minimum.setPrefWidth(80);
        minimum.setTooltip(new Tooltip(UiText.get("contrast.min.tooltip")));
        minimum.valueProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.minFrequencyProperty().set(now);
            }
        });
        CheckBox interviewer = new CheckBox(UiText.get("contrast.interviewer"));
        interviewer.setId("contrast-interviewer");
        interviewer.selectedProperty().bindBidirectional(viewModel.withInterviewerProperty());
        Button compare = new Button(UiText.get("contrast.compare"), new FontIcon(Feather.BAR_CHART_2));
        compare.setId("contrast-compare");
        compare.setDefaultButton(false);
        compare.setOnAction(event -> {
            sideA.commitValue();
            sideB.commitValue();
            minimum.commitValue();
            viewModel.compare();
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.runningProperty());
        busy.managedProperty().bind(viewModel.runningProperty());
        Button exportCsv = new Button(UiText.get("contrast.export_csv"), new FontIcon(Feather.DOWNLOAD));
        exportCsv.setId("contrast-export-csv");
        exportCsv.getStyleClass().addAll("flat", "pane-tool");
        exportCsv.setTooltip(new Tooltip(UiText.get("contrast.export_csv.tooltip")));
        exportCsv.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        exportCsv.setOnAction(event -> exportCsv());
        Button exportPng = new Button(UiText.get("contrast.export_png"), new FontIcon(Feather.IMAGE));
        exportPng.setId("contrast-export-png");
        exportPng.getStyleClass().addAll("flat", "pane-tool");
        exportPng.setTooltip(new Tooltip(UiText.get("contrast.export_png.tooltip")));
        exportPng.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        exportPng.setOnAction(event -> exportPng());
        Button exportSvg = new Button(UiText.get("contrast.export_svg"), new FontIcon(Feather.IMAGE));
        exportSvg.setId("contrast-export-svg");
        exportSvg.getStyleClass().addAll("flat", "pane-tool");
        exportSvg.setTooltip(new Tooltip(UiText.get("contrast.export_svg.tooltip")));
        exportSvg.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        exportSvg.setOnAction(event -> exportSvg());

        FlowPane controls = new FlowPane(8, 4,
                labelled(UiText.get("contrast.side_a"), sideA), labelled(UiText.get("contrast.side_b"), sideB),
                unit, method, labelled(UiText.get("contrast.min"), minimum), interviewer, compare, busy,
                exportCsv, exportPng, exportSvg);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("pane-header");

        Label summary = new Label();
        summary.setId("contrast-summary");
        summary.getStyleClass().add("pane-title");
        summary.textProperty().bind(viewModel.summaryProperty());

        buildTable();
        NumberAxis scores = new NumberAxis();
        scores.setLabel(UiText.get("contrast.chart.score"));
        chart = new BarChart<>(scores, terms);
        chart.setId("contrast-chart");
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        chart.setLegendVisible(true);
        // Two colours of the theme, blue for A and orange for B, in place of its first two chart colours.
        chart.setStyle("-color-chart-1: -color-accent-emphasis; -color-chart-2: -color-warning-emphasis;");
        terms.setTickLabelFont(javafx.scene.text.Font.font(10));
        terms.setTickLabelGap(2);
        chart.setMinHeight(120);
        seriesA.nameProperty().bind(sideName("A", viewModel.shownAProperty()));
        seriesB.nameProperty().bind(sideName("B", viewModel.shownBProperty()));
        chart.getData().setAll(List.of(seriesA, seriesB));
        viewModel.mostA().addListener((ListChangeListener<TermRow>) change -> redrawChart());
        viewModel.mostB().addListener((ListChangeListener<TermRow>) change -> redrawChart());

        SplitPane results = new SplitPane(table, chart);
        results.setDividerPositions(0.5);

        Label concordanceTitle = new Label();
        concordanceTitle.setId("contrast-concordance-title");
        concordanceTitle.getStyleClass().add("pane-title");
        concordanceTitle.textProperty().bind(viewModel.concordanceTitleProperty());
        SplitPane sides = new SplitPane(lines("contrast-lines-a", viewModel.shownAProperty(), viewModel.linesA()),
                lines("contrast-lines-b", viewModel.shownBProperty(), viewModel.linesB()));
        VBox.setVgrow(sides, Priority.ALWAYS);
        VBox concordance = new VBox(2, concordanceTitle, sides);

        SplitPane body = new SplitPane(results, concordance);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.6);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox pair = new VBox(controls, summary, body);
        pair.setId("contrast-pair");
        VBox.setVgrow(pair, Priority.ALWAYS);
        codeTable = new CodeTableView(viewModel.codeTable());
        VBox.setVgrow(codeTable, Priority.ALWAYS);
        ToggleGroup views = new ToggleGroup();
        ToggleButton pairButton = new ToggleButton(UiText.get("contrast.view.pair"));
        pairButton.setId("contrast-view-pair");
        ToggleButton tableButton = new ToggleButton(UiText.get("contrast.view.codetable"));
        tableButton.setId("contrast-view-codetable");
        pairButton.setToggleGroup(views);
        tableButton.setToggleGroup(views);
        pairButton.setSelected(true);
        // One of the two is always chosen.
        views.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                views.selectToggle(before);
            }
        });
        pair.visibleProperty().bind(pairButton.selectedProperty());
        pair.managedProperty().bind(pairButton.selectedProperty());
        codeTable.visibleProperty().bind(tableButton.selectedProperty());
        codeTable.managedProperty().bind(tableButton.selectedProperty());
        tableButton.selectedProperty().addListener((observable, before, now) -> {
            if (now && viewModel.codeTable().shownProperty().get() == null) {
                viewModel.codeTable().compute();
            }
        });
        HBox switcher = new HBox(pairButton, tableButton);
        switcher.getStyleClass().add("segmented");
        switcher.setPadding(new javafx.geometry.Insets(4, 4, 0, 4));
        getChildren().addAll(switcher, pair, codeTable);
    }

    /** Asks where, then writes the chart's bars as SVG. */
    public void exportSvg() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("contrast.export_svg.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG", "*.svg"));
        chooser.setInitialFileName(UiText.get("contrast.export_svg.file"));
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(viewModel::exportSvg);
    }

    private ComboBox<String> side(String id, javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(viewModel.suggestions());
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(200);
        box.setVisibleRowCount(16);
        // Shown by name (« Entretiens », « Code : Pratiques »), kept as the selector the engine takes.
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String selector) {
                return SideLabels.label(selector);
            }

            @Override
            public String fromString(String shown) {
                return SideLabels.selector(shown, viewModel.suggestions());
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** "A : kind=interview", or "A" before the first contrast. */
    private static javafx.beans.binding.StringExpression sideName(String letter,
            javafx.beans.property.ReadOnlyStringProperty side) {
        return Bindings.when(side.isEmpty()).then(letter).otherwise(Bindings.concat(letter, " : ", side));
    }

    /** A control with its label before it, on one line (the contrast and code-table headers). */
    static HBox labelled(String text, Node control) {
        HBox box = new HBox(4, new Label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void buildTable() {
        table.setId("contrast-table");
        table.getStyleClass().add("dense");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TermRow, String> term = new TableColumn<>(UiText.get("contrast.column.term"));
        term.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(cell.getValue().term()));
        term.setPrefWidth(120);
        table.getColumns().add(term);
        table.getColumns().add(number(UiText.get("contrast.column.a"), r -> UiText.number(r.a()), TermRow::a));
        table.getColumns().add(number(UiText.get("contrast.column.b"), r -> UiText.number(r.b()), TermRow::b));
        table.getColumns().add(number(UiText.get("contrast.column.expected"), r -> decimal(r.expected(), 1),
                TermRow::expected));
        table.getColumns().add(number(UiText.get("contrast.column.score"), r -> decimal(r.score(), 2), TermRow::score));
        table.getColumns().add(number(UiText.get("contrast.column.effect"), r -> decimal(r.effect(), 2),
                TermRow::effect));
        Label placeholder = new Label(UiText.get("contrast.placeholder"));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
    }

    /** A right-aligned column showing {@code text} and sorting on {@code value}. */
    private static TableColumn<TermRow, TermRow> number(String title, Function<TermRow, String> text,
            Function<TermRow, ? extends Comparable<?>> value) {
        TableColumn<TermRow, TermRow> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator((x, y) -> compare(value.apply(x), value.apply(y)));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(TermRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(64);
        return column;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable x, Comparable y) {
        return x.compareTo(y);
    }

    private static String decimal(double value, int digits) {
        return String.format(UiText.locale(), "%." + digits + "f", value);
    }

    /**
     * B's most specific term at the bottom, up to A's most specific at the top: the vertical category axis
     * draws its first category at the bottom. Both series hold every term (0 on the other side): each term has
     * one visible bar, to the right for A and to the left for B.
     */
    private void redrawChart() {
        redrawChart(java.util.function.UnaryOperator.identity());
    }

    /** The same, the terms written through {@code names} (the pseudonym table's, for a PNG). */
    private void redrawChart(java.util.function.UnaryOperator<String> names) {
        List<String> categories = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (TermRow row : viewModel.mostB()) {
            categories.add(label(names.apply(row.term()), categories));
            scores.add(row.score());
        }
        List<TermRow> fromA = new ArrayList<>(viewModel.mostA());
        java.util.Collections.reverse(fromA);
        for (TermRow row : fromA) {
            categories.add(label(names.apply(row.term()), categories));
            scores.add(row.score());
        }
        List<XYChart.Data<Number, String>> a = new ArrayList<>();
        List<XYChart.Data<Number, String>> b = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            double score = scores.get(i);
            a.add(new XYChart.Data<>(Math.max(0, score), categories.get(i)));
            b.add(new XYChart.Data<>(Math.min(0, score), categories.get(i)));
        }
        seriesA.getData().clear();
        seriesB.getData().clear();
        terms.getCategories().setAll(categories);
        seriesA.getData().setAll(a);
        seriesB.getData().setAll(b);
        // The axis cannot always write every term: each bar names its own.
        for (XYChart.Data<Number, String> bar : categories.isEmpty() ? List.<XYChart.Data<Number, String>>of()
                : concat(a, b)) {
            double score = bar.getXValue().doubleValue();
            if (score != 0 && bar.getNode() != null) {
                Tooltip.install(bar.getNode(), new Tooltip(bar.getYValue().strip().replace("\u200B", "") + " : "
                        + decimal(score, 2)));
            }
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** A term as a category; the same term on both sides (impossible by sign, but safe) gets a mark. */
    private static String label(String term, List<String> taken) {
        String label = term;
        while (taken.contains(label)) {
            label = label + "\u200B";
        }
        return label;
    }

    private VBox lines(String id, javafx.beans.property.ReadOnlyStringProperty side,
            javafx.collections.ObservableList<ConcordanceEntry> items) {
        Label title = new Label();
        title.getStyleClass().add("segment-where");
        title.textProperty().bind(sideName(id.endsWith("-a") ? "A" : "B", side));
        ListView<ConcordanceEntry> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(view -> new LineCell());
        Label placeholder = new Label(UiText.get("contrast.concordance.placeholder"));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setOnMouseClicked(event -> open(list));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open(list);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(2, title, list);
        return box;
    }

    private void open(ListView<ConcordanceEntry> list) {
        ConcordanceEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            viewModel.open(entry);
        }
    }

    /** Asks where, then writes the table as CSV. */
    public void exportCsv() {
        if (viewModel.rows().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("contrast.export_csv.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("segments.export.filter"), "*.csv"));
        chooser.setInitialFileName(UiText.get("contrast.export_csv.file"));
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(viewModel::exportCsv);
    }

    /** Asks where, then saves the chart as it is drawn, as PNG. */
    public void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("contrast.export_png.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("contrast.export_png.filter"),
                "*.png"));
        chooser.setInitialFileName(UiText.get("contrast.export_png.file"));
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(this::saveChart);
    }

    /**
     * Snapshots the chart and hands the pixels to be written as PNG: drawn first with its terms through the
     * pseudonym table (a PNG cannot be searched for names afterwards), then drawn back as it was.
     */
    public void saveChart(java.nio.file.Path file) {
        viewModel.drawForPng(names -> {
            redrawChart(names);
            // the legend names the sides (« A : case=Martine »): drawn through the table too, then bound again
            seriesA.nameProperty().unbind();
            seriesB.nameProperty().unbind();
            seriesA.setName(names.apply(sideName("A", viewModel.shownAProperty()).get()));
            seriesB.setName(names.apply(sideName("B", viewModel.shownBProperty()).get()));
            chart.applyCss();
            chart.layout();
            WritableImage image = chart.snapshot(new SnapshotParameters(), null);
            seriesA.nameProperty().bind(sideName("A", viewModel.shownAProperty()));
            seriesB.nameProperty().bind(sideName("B", viewModel.shownBProperty()));
            redrawChart();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0,
                    width);
            viewModel.exportPng(width, height, pixels, file, names);
        });
    }

    /** Source · speaker, the codes covering it, then the words with the match set apart. */
    private static final class LineCell extends ListCell<ConcordanceEntry> {
        LineCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ConcordanceEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            getStyleClass().remove("segment-cell");
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add("segment-cell");
            Label where = new Label(entry.speaker() == null || entry.speaker().isEmpty() ? entry.source()
                    : UiText.get("segments.where", entry.source(), entry.speaker()));
            where.getStyleClass().add("segment-where");
            Text left = new Text(entry.left());
            left.getStyleClass().add("segment-context");
            Text match = new Text(entry.match());
            match.getStyleClass().add("segment-text");
            match.setStyle("-fx-font-weight: bold;");
            Text right = new Text(entry.right());
            right.getStyleClass().add("segment-context");
            TextFlow kwic = new TextFlow(left, match, right);
            kwic.getStyleClass().add("segment-passage");
            kwic.maxWidthProperty().bind(widthProperty().subtract(30));
            kwic.prefWidthProperty().bind(widthProperty().subtract(30));
            VBox box = new VBox(2, where, kwic);
            if (!entry.codes().isEmpty()) {
                Label codes = new Label(String.join(" · ", entry.codes()), new FontIcon(Feather.TAG));
                codes.getStyleClass().add("segment-memo");
                codes.setWrapText(true);
                box.getChildren().add(codes);
            }
            setGraphic(box);
        }
    }

    /** The table, for tests. */
    TableView<TermRow> table() {
        return table;
    }

    /** « Codes × parties », for tests. */
    CodeTableView codeTable() {
        return codeTable;
    }

    /** The chart, for tests and the export. */
    BarChart<Number, String> chart() {
        return chart;
    }
}
