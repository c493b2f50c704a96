package org.terrain.app.ui.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The search pane: the query (Entrée searches) and its filters, the count, the occurrences as a concordance
 * (left context right-aligned, the match in bold, the right context; source and speaker first). A click shows
 * the occurrence in its source; « Coder toutes les occurrences… » asks the unit, says how many segments it
 * will make, then codes them with the selected code.
 */
public final class SearchView extends VBox {
    private final SearchViewModel viewModel;
    private final ListView<SearchLine> list = new ListView<>();

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("search-view");

        TextField query = new TextField();
        query.setId("search-query");
        query.setPromptText(UiText.get("search.prompt"));
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.setOnAction(event -> viewModel.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button(null, new FontIcon(Feather.SEARCH));
        go.setId("search-go");
        go.getStyleClass().addAll("flat", "pane-tool");
        go.setTooltip(new Tooltip(UiText.get("search.go.tooltip")));
        go.setOnAction(event -> viewModel.search());
        HBox header = new HBox(6, query, go);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        ChoiceBox<KindChoice> kind = new ChoiceBox<>();
        kind.setId("search-kind");
        kind.getItems().setAll(KindChoice.values());
        kind.setConverter(Named.converter(KindChoice::label));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.valueProperty().addListener((observable, before, now) -> searchAgain());
        TextField speaker = new TextField();
        speaker.setId("search-speaker");
        speaker.setPromptText(UiText.get("search.speaker"));
        speaker.setPrefColumnCount(9);
        speaker.textProperty().bindBidirectional(viewModel.speakerProperty());
        speaker.setOnAction(event -> viewModel.search());
        CheckBox inCode = new CheckBox();
        inCode.setId("search-in-code");
        inCode.textProperty().bind(viewModel.codeFilterTextProperty());
        inCode.selectedProperty().bindBidirectional(viewModel.inSelectedCodeProperty());
        inCode.disableProperty().bind(viewModel.currentCodeProperty().isNull());
        inCode.selectedProperty().addListener((observable, before, now) -> searchAgain());
        HBox filters = new HBox(8, new Label(UiText.get("search.kind")), kind, speaker, inCode);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("search-filters");

        Label count = new Label();
        count.setId("search-count");
        count.textProperty().bind(viewModel.countProperty());
        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add("status-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button codeAll = new Button(UiText.get("search.code_all"), new FontIcon(Feather.TAG));
        codeAll.setId("search-code-all");
        codeAll.getStyleClass().addAll("flat", "pane-tool");
        codeAll.setTooltip(new Tooltip(UiText.get("search.code_all.tooltip")));
        codeAll.disableProperty().bind(viewModel.canCodeAllProperty().not());
        codeAll.setOnAction(event -> codeAll());
        HBox countLine = new HBox(6, count, error, spacer, codeAll);
        countLine.setAlignment(Pos.CENTER_LEFT);

        list.setId("search-list");
        list.setItems(viewModel.lines());
        list.setCellFactory(view -> new LineCell(list));
        Label placeholder = new Label(UiText.get("search.placeholder"));
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
        setSpacing(4);
        getChildren().addAll(header, filters, countLine, list);
    }

    /** A filter changed: the search on display follows it (nothing is searched before a query). */
    private void searchAgain() {
        if (!viewModel.lines().isEmpty() || !viewModel.countProperty().get().isEmpty()) {
            viewModel.search();
        }
    }

    private void openSelected() {
        SearchLine line = list.getSelectionModel().getSelectedItem();
        if (line != null) {
            viewModel.open(line);
        }
    }

    /** Asks the unit, shows how many segments it makes, then codes them all if confirmed. */
    public void codeAll() {
        if (!viewModel.canCodeAllProperty().get()) {
            return;
        }
        ButtonType code = new ButtonType(UiText.get("search.code_all.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(UiText.get("search.code_all.title"));
        dialog.setHeaderText(UiText.get("search.code_all.header", viewModel.shownQuery(),
                viewModel.currentCodeProperty().get().toString()));
        ChoiceBox<UnitChoice> unit = new ChoiceBox<>();
        unit.setId("search-unit");
        unit.getItems().setAll(UnitChoice.values());
        unit.setConverter(Named.converter(UnitChoice::label));
        unit.valueProperty().addListener((observable, before, now) -> viewModel.preview(now));
        Label preview = new Label();
        preview.setId("search-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(viewModel.previewProperty());
        HBox unitLine = new HBox(8, new Label(UiText.get("search.unit")), unit);
        unitLine.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(10, unitLine, preview));
        dialog.getDialogPane().getButtonTypes().setAll(code, DialogButtons.CANCEL);
        Node confirm = dialog.getDialogPane().lookupButton(code);
        confirm.setId("search-code-all-confirm");
        confirm.disableProperty().bind(viewModel.previewReadyProperty().not());
        Theme.apply(dialog.getDialogPane());
        unit.setValue(UnitChoice.OCCURRENCE);
        dialog.showAndWait().filter(code::equals).ifPresent(pressed -> viewModel.codeAll(unit.getValue()));
        confirm.disableProperty().unbind();
    }

    /** Source · speaker, then the left context (right-aligned), the match in bold and the right context. */
    private static final class LineCell extends ListCell<SearchLine> {
        private static final double WHERE_WIDTH = 210;
        private final Label where = new Label();
        private final Label left = new Label();
        private final Label match = new Label();
        private final Label right = new Label();
        private final HBox box = new HBox(where, left, match, right);

        LineCell(ListView<SearchLine> list) {
            setPrefWidth(0);
            where.getStyleClass().add("segment-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            where.setPrefWidth(WHERE_WIDTH);
            where.setMaxWidth(WHERE_WIDTH);
            // cut in the middle: the source's name may be long, the speaker at the end must show
            where.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            left.setAlignment(Pos.CENTER_RIGHT);
            left.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            left.getStyleClass().add("search-left");
            left.minWidthProperty().bind(Bindings.max(0, list.widthProperty().subtract(WHERE_WIDTH + 40).multiply(0.45)));
            left.prefWidthProperty().bind(left.minWidthProperty());
            left.maxWidthProperty().bind(left.minWidthProperty());
            match.setStyle("-fx-font-weight: bold;");
            match.getStyleClass().add("search-match");
            match.setMinWidth(Region.USE_PREF_SIZE);
            right.setTextOverrun(OverrunStyle.ELLIPSIS);
            right.getStyleClass().add("search-right");
            right.setMinWidth(0);
            right.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(right, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(SearchLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            String source = line.speaker().isEmpty() ? line.source()
                    : UiText.get("segments.where", line.source(), line.speaker());
            where.setText(source);
            where.setTooltip(new Tooltip(source));
            left.setText(line.left());
            match.setText(line.match());
            right.setText(line.right());
            setGraphic(box);
        }
    }
}
