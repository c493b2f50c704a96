package org.terrain.app.ui.search;

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
 * the occurrence in its source; « Coder toutes les occurrences… » lists the occurrences with a tick box each
 * (the interviewer's left out unless « Inclure l’enquêteur »), asks the unit, says how many segments the ticked
 * ones make, then codes them with the selected code.
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

    /**
     * Lists the occurrences to code, each ticked, with the unit (occurrence, sentence…) and « Inclure
     * l’enquêteur » above and how many segments the ticked ones make below; codes those ticked if confirmed.
     */
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
        dialog.setResizable(true);
        ChoiceBox<UnitChoice> unit = new ChoiceBox<>();
        unit.setId("search-unit");
        unit.getItems().setAll(UnitChoice.values());
        unit.setConverter(Named.converter(UnitChoice::label));
        unit.valueProperty().addListener((observable, before, now) -> viewModel.review(now));
        CheckBox interviewer = new CheckBox(UiText.get("search.review.include_interviewer"));
        interviewer.setId("search-include-interviewer");
        interviewer.selectedProperty().bindBidirectional(viewModel.includeInterviewerProperty());
        Button all = new Button(UiText.get("search.review.all"));
        all.setId("search-review-all");
        all.getStyleClass().add("flat");
        all.setOnAction(event -> viewModel.reviewLines().forEach(line -> line.chosenProperty().set(true)));
        Button none = new Button(UiText.get("search.review.none"));
        none.setId("search-review-none");
        none.getStyleClass().add("flat");
        none.setOnAction(event -> viewModel.reviewLines().forEach(line -> line.chosenProperty().set(false)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label unitLabel = new Label(UiText.get("search.unit"));
        for (Region fixed : new Region[] {unitLabel, unit, interviewer, all, none}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox unitLine = new HBox(8, unitLabel, unit, interviewer, gap, all, none);
        unitLine.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(UiText.get("search.review.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("placeholder");
        ListView<ReviewLine> lines = new ListView<>(viewModel.reviewLines());
        lines.setId("search-review-list");
        lines.setCellFactory(view -> new ReviewCell(lines));
        lines.setPlaceholder(new Label(UiText.get("search.review.placeholder")));
        lines.setPrefSize(760, 320);
        lines.setOnKeyPressed(event -> {
            ReviewLine line = lines.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && line != null) {
                line.chosenProperty().set(!line.isChosen());
                event.consume();
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);
        Label preview = new Label();
        preview.setId("search-preview");
        preview.setWrapText(true);
        preview.textProperty().bind(viewModel.previewProperty());
        dialog.getDialogPane().setContent(new VBox(8, unitLine, hint, lines, preview));
        dialog.getDialogPane().setId("search-code-all-dialog");
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().getButtonTypes().setAll(code, DialogButtons.CANCEL);
        Node confirm = dialog.getDialogPane().lookupButton(code);
        confirm.setId("search-code-all-confirm");
        confirm.disableProperty().bind(viewModel.previewReadyProperty().not());
        Theme.apply(dialog.getDialogPane());
        unit.setValue(UnitChoice.OCCURRENCE);
        dialog.showAndWait().filter(code::equals).ifPresent(pressed -> viewModel.codeAll());
        confirm.disableProperty().unbind();
        preview.textProperty().unbind();
        interviewer.selectedProperty().unbindBidirectional(viewModel.includeInterviewerProperty());
    }

    /** A tick box, then the occurrence as the concordance shows it; the words it codes in the tooltip. */
    private static final class ReviewCell extends ListCell<ReviewLine> {
        private final CheckBox tick = new CheckBox();
        private final KwicLine line;
        private ReviewLine bound;

        ReviewCell(ListView<ReviewLine> list) {
            setPrefWidth(0);
            line = new KwicLine(list.widthProperty().subtract(40));
            tick.getStyleClass().add("search-review-tick");
        }

        @Override
        protected void updateItem(ReviewLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (bound != null) {
                tick.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            bound = item;
            tick.selectedProperty().bindBidirectional(item.chosenProperty());
            line.show(item.line());
            HBox box = new HBox(6, tick, line);
            HBox.setHgrow(line, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setTooltip(new Tooltip(item.coded()));
        }
    }

    /** An occurrence of the search's list, as a concordance line. */
    private static final class LineCell extends ListCell<SearchLine> {
        private final KwicLine line;

        LineCell(ListView<SearchLine> list) {
            setPrefWidth(0);
            line = new KwicLine(list.widthProperty());
        }

        @Override
        protected void updateItem(SearchLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            line.show(item);
            setGraphic(line);
        }
    }
}
