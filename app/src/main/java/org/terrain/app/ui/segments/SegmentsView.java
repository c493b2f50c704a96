package org.terrain.app.ui.segments;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.UiText;

/**
 * The retrieved segments of the selected codes: for each, its code, source and speaker, who coded it and when,
 * then the coded words set in their context, then the memo. Above the list, filters keep one coder's and one
 * speaker's segments. A click shows the segment in its source; the list (as filtered) exports as CSV.
 */
public final class SegmentsView extends VBox {
    private final SegmentsViewModel viewModel;
    private final ListView<SegmentRow> list = new ListView<>();

    public SegmentsView(SegmentsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("segments-view");

        Label title = new Label();
        title.setId("segments-title");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(viewModel.titleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button(UiText.get("segments.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("segments-export");
        export.getStyleClass().addAll("flat", "pane-tool");
        export.setTooltip(new Tooltip(UiText.get("segments.export.tooltip")));
        export.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        export.setOnAction(event -> exportCsv());
        HBox header = new HBox(title, spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        HBox filters = new HBox(8, new Label(UiText.get("segments.coder")),
                filter("segments-coder", viewModel.coders(), viewModel.coderFilterProperty(), "segments.coder.all"),
                new Label(UiText.get("segments.speaker")),
                filter("segments-speaker", viewModel.speakers(), viewModel.speakerFilterProperty(),
                        "segments.speaker.all"));
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("segments-filters");

        list.setId("segments-list");
        list.setItems(viewModel.rows());
        list.setCellFactory(view -> new RowCell());
        Label placeholder = new Label(UiText.get("segments.placeholder"));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(event -> openSelected());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        getChildren().addAll(header, filters, list);
    }

    /** A choice of coder or speaker, « tous » first; disabled while there is nothing to choose between. */
    private static ChoiceBox<String> filter(String id, ObservableList<String> choices, StringProperty value,
                                            String allKey) {
        ChoiceBox<String> box = new ChoiceBox<>(choices);
        box.setId(id);
        box.setConverter(Named.converter(choice -> choice.isEmpty() ? UiText.get(allKey) : choice));
        box.valueProperty().bindBidirectional(value);
        box.disableProperty().bind(Bindings.size(choices).lessThan(3).and(value.isEqualTo(SegmentsViewModel.ALL)));
        return box;
    }

    private void openSelected() {
        SegmentRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.open(row);
        }
    }

    /** Asks where, then writes the list as CSV. */
    public void exportCsv() {
        if (viewModel.rows().isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("segments.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("segments.export.filter"), "*.csv"));
        chooser.setInitialFileName(UiText.get("segments.export.file"));
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(viewModel::exportCsv);
    }

    /** Code · source · speaker on a first line, the passage in context under it, the memo last. */
    private static final class RowCell extends ListCell<SegmentRow> {
        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SegmentRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().remove("segment-cell");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add("segment-cell");
            Region dot = new Region();
            dot.getStyleClass().add("segment-dot");
            dot.setMinSize(9, 9);
            dot.setMaxSize(9, 9);
            dot.setBackground(new Background(new BackgroundFill(color(row.color()), new CornerRadii(5), Insets.EMPTY)));
            Label code = new Label(row.code().name());
            code.getStyleClass().add("segment-code");
            Label where = new Label(row.speaker().isEmpty() ? row.source()
                    : UiText.get("segments.where", row.source(), row.speaker()));
            where.getStyleClass().add("segment-where");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label byline = new Label(row.byline());
            byline.getStyleClass().add("segment-byline");
            byline.setMinWidth(Region.USE_PREF_SIZE);
            HBox head = new HBox(6, dot, code, where, gap, byline);
            head.setAlignment(Pos.CENTER_LEFT);
            head.maxWidthProperty().bind(widthProperty().subtract(30));

            Text before = new Text(row.before());
            before.getStyleClass().add("segment-context");
            Text words = new Text(row.text());
            words.getStyleClass().add("segment-text");
            Text after = new Text(row.after());
            after.getStyleClass().add("segment-context");
            TextFlow passage = new TextFlow(before, words, after);
            passage.getStyleClass().add("segment-passage");
            passage.maxWidthProperty().bind(widthProperty().subtract(30));
            passage.prefWidthProperty().bind(widthProperty().subtract(30));

            VBox box = new VBox(3, head, passage);
            if (row.reviews() > 0) {
                Label review = new Label(UiText.get("segments.reviews", row.reviews()), new FontIcon(Feather.FLAG));
                review.getStyleClass().add("segment-review");
                review.setId("segment-review-" + row.segmentId());
                box.getChildren().add(review);
            }
            if (row.memo() != null && !row.memo().isBlank()) {
                Label memo = new Label(row.memo().strip(), new FontIcon(Feather.MESSAGE_SQUARE));
                memo.getStyleClass().add("segment-memo");
                memo.setWrapText(true);
                box.getChildren().add(memo);
            }
            setGraphic(box);
        }

        private static Color color(String hex) {
            try {
                return Color.web(hex);
            } catch (IllegalArgumentException e) {
                return Color.GRAY;
            }
        }
    }
}
