package org.terrain.app.ui.pseudonyms;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.UiText;

/**
 * The « Pseudonymisation » tab: on the left the names to decide (with their count, category, sources and the
 * replacement proposed) and where the selected one occurs; on the right the pseudonym table. Below, one editor:
 * a candidate selected is accepted with the replacement shown (the proposal, or what is typed) or ignored; an
 * entry selected has its replacement changed or is removed. A refusal is the sentence under the editor.
 */
public final class PseudonymsView extends VBox {
    /** The scope choice « Tout le projet »: no case is named with a control character. */
    private static final String PROJECT = "\u0000project";
    private final PseudonymsViewModel viewModel;
    private final TableView<CandidateRow> candidates = new TableView<>();
    private final TableView<EntryRow> entries = new TableView<>();
    private final Label original = new Label();
    private final TextField replacement = new TextField();
    private final ChoiceBox<NameCategory> category = new ChoiceBox<>();
    private final ChoiceBox<String> scope = new ChoiceBox<>();
    private final Button accept = new Button(UiText.get("pseudonyms.accept"), new FontIcon(Feather.CHECK));
    private final Button ignore = new Button(UiText.get("pseudonyms.ignore"), new FontIcon(Feather.EYE_OFF));
    private final Button save = new Button(UiText.get("pseudonyms.save"), new FontIcon(Feather.SAVE));
    private final Button remove = new Button(UiText.get("pseudonyms.remove"), new FontIcon(Feather.TRASH_2));

    public PseudonymsView(PseudonymsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("pseudonyms-view");
        setSpacing(4);
        getChildren().addAll(header(), panes(), editor(), refusal());
        candidates.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                entries.getSelectionModel().clearSelection();
                original.setText(row.original());
                replacement.setText(row.proposal());
                category.setValue(row.category());
                scope.setValue(PROJECT);
                viewModel.showContexts(row.original());
            }
            editing();
        });
        entries.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                candidates.getSelectionModel().clearSelection();
                original.setText(row.original());
                replacement.setText(row.replacement());
                category.setValue(row.category());
                scope.setValue(row.caseName() == null ? PROJECT : row.caseName());
                viewModel.showContexts(row.original());
            }
            editing();
        });
        editing();
    }

    private HBox header() {
        Label summary = new Label();
        summary.setId("pseudonyms-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.suggestingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button stop = new Button(UiText.get("pseudonyms.stop"), new FontIcon(Feather.X));
        stop.setId("pseudonyms-stop");
        stop.visibleProperty().bind(viewModel.suggestingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(event -> viewModel.cancel());
        Button again = new Button(UiText.get("pseudonyms.suggest"), new FontIcon(Feather.REFRESH_CW));
        again.setId("pseudonyms-suggest");
        again.getStyleClass().addAll("flat", "pane-tool");
        again.setTooltip(new Tooltip(UiText.get("pseudonyms.suggest.tooltip")));
        again.disableProperty().bind(viewModel.suggestingProperty());
        again.setOnAction(event -> viewModel.suggest());
        HBox header = new HBox(8, summary, spacer, bar, stop, again);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private SplitPane panes() {
        candidates.setId("pseudonyms-candidates");
        candidates.setItems(viewModel.candidates());
        candidates.getColumns().setAll(List.of(
                column(UiText.get("pseudonyms.column.name"), CandidateRow::original, 150),
                column(UiText.get("pseudonyms.column.category"), row -> categoryName(row.category()), 100),
                number(UiText.get("pseudonyms.column.count"), CandidateRow::count),
                column(UiText.get("pseudonyms.column.proposal"), CandidateRow::proposal, 130),
                column(UiText.get("pseudonyms.column.sources"), row -> String.join(", ", row.sources()), 200)));
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidates.setPlaceholder(new Label(UiText.get("pseudonyms.candidates.none")));
        ListView<ContextLine> contexts = new ListView<>(viewModel.contexts());
        contexts.setId("pseudonyms-contexts");
        contexts.setCellFactory(list -> new ContextCell());
        contexts.setPrefHeight(110);
        Label contextTitle = new Label();
        contextTitle.textProperty().bind(viewModel.contextOfProperty().map(name -> name.isEmpty()
                ? UiText.get("pseudonyms.context.none") : UiText.get("pseudonyms.context", name)));
        VBox.setVgrow(candidates, Priority.ALWAYS);
        VBox left = new VBox(4, title("pseudonyms.candidates.title"), candidates, contextTitle, contexts);

        entries.setId("pseudonyms-table");
        entries.setItems(viewModel.entries());
        entries.getColumns().setAll(List.of(
                column(UiText.get("pseudonyms.column.original"), EntryRow::original, 130),
                column(UiText.get("pseudonyms.column.replacement"), EntryRow::replacement, 130),
                column(UiText.get("pseudonyms.column.category"), row -> categoryName(row.category()), 100),
                column(UiText.get("pseudonyms.column.scope"), row -> scopeName(row.caseName()), 110),
                number(UiText.get("pseudonyms.column.occurrences"), EntryRow::occurrences)));
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        entries.setPlaceholder(new Label(UiText.get("pseudonyms.table.none")));
        VBox.setVgrow(entries, Priority.ALWAYS);
        VBox right = new VBox(4, title("pseudonyms.table.title"), entries);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private HBox editor() {
        original.setId("pseudonyms-original");
        original.getStyleClass().add("pseudonyms-original");
        replacement.setId("pseudonyms-replacement");
        replacement.setPromptText(UiText.get("pseudonyms.replacement.prompt"));
        replacement.setOnAction(event -> (accept.isVisible() ? accept : save).fire());
        category.setId("pseudonyms-category");
        category.getItems().setAll(NameCategory.values());
        category.setConverter(Named.converter(PseudonymsView::categoryName));
        scope.setId("pseudonyms-scope");
        scope.setConverter(Named.converter(name -> scopeName(PROJECT.equals(name) ? null : name)));
        viewModel.cases().addListener((javafx.collections.ListChangeListener<String>) change -> scopes());
        scopes();
        accept.setId("pseudonyms-accept");
        accept.setDefaultButton(false);
        accept.setOnAction(event -> {
            CandidateRow row = candidates.getSelectionModel().getSelectedItem();
            if (row != null) {
                viewModel.accept(row, replacement.getText(), chosenCategory(), chosenCase());
            }
        });
        ignore.setId("pseudonyms-ignore");
        ignore.setOnAction(event -> {
            CandidateRow row = candidates.getSelectionModel().getSelectedItem();
            if (row != null) {
                viewModel.ignore(row);
            }
        });
        save.setId("pseudonyms-save");
        save.setOnAction(event -> {
            EntryRow row = entries.getSelectionModel().getSelectedItem();
            if (row != null) {
                viewModel.edit(row, replacement.getText(), chosenCategory());
            }
        });
        remove.setId("pseudonyms-remove");
        remove.setOnAction(event -> {
            EntryRow row = entries.getSelectionModel().getSelectedItem();
            if (row != null) {
                viewModel.remove(row);
            }
        });
        HBox.setHgrow(replacement, Priority.ALWAYS);
        HBox editor = new HBox(8, original, new Label("→"), replacement, category, scope, accept, ignore, save,
                remove);
        editor.setId("pseudonyms-editor");
        editor.setAlignment(Pos.CENTER_LEFT);
        return editor;
    }

    private Label refusal() {
        Label refusal = new Label();
        refusal.setId("pseudonyms-refusal");
        refusal.getStyleClass().add("pseudonyms-refusal");
        refusal.setStyle("-fx-text-fill: -color-danger-fg;");
        refusal.setWrapText(true);
        refusal.textProperty().bind(viewModel.refusalProperty());
        refusal.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
    }

    /** The project, then each case. */
    private void scopes() {
        String chosen = scope.getValue();
        List<String> all = new java.util.ArrayList<>();
        all.add(PROJECT);
        all.addAll(viewModel.cases());
        scope.getItems().setAll(all);
        scope.setValue(all.contains(chosen) ? chosen : PROJECT);
    }

    /** A candidate selected: accept or ignore; an entry: save or remove; the scope of an entry stays its own. */
    private void editing() {
        boolean candidate = candidates.getSelectionModel().getSelectedItem() != null;
        boolean entry = entries.getSelectionModel().getSelectedItem() != null;
        accept.setVisible(!entry);
        accept.setManaged(!entry);
        ignore.setVisible(!entry);
        ignore.setManaged(!entry);
        save.setVisible(entry);
        save.setManaged(entry);
        remove.setVisible(entry);
        remove.setManaged(entry);
        accept.setDisable(!candidate);
        ignore.setDisable(!candidate);
        scope.setDisable(entry);
        replacement.setDisable(!candidate && !entry);
        category.setDisable(!candidate && !entry);
        if (!candidate && !entry) {
            original.setText(UiText.get("pseudonyms.editor.none"));
            replacement.clear();
        }
    }

    /** The case chosen, or null for the whole project. */
    private String chosenCase() {
        return scope.getValue() == null || PROJECT.equals(scope.getValue()) ? null : scope.getValue();
    }

    private NameCategory chosenCategory() {
        return category.getValue() == null ? NameCategory.OTHER : category.getValue();
    }

    private Label title(String key) {
        Label label = new Label(UiText.get(key));
        label.getStyleClass().add("pane-title");
        return label;
    }

    static String categoryName(NameCategory category) {
        return UiText.get("pseudonyms.category." + category.id());
    }

    static String scopeName(String caseName) {
        return caseName == null ? UiText.get("pseudonyms.scope.project") : UiText.get("pseudonyms.scope.case", caseName);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableColumn<T, Integer> number(String title, Function<T, Integer> value) {
        TableColumn<T, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(90);
        column.getStyleClass().add("number-column");
        return column;
    }

    /** source · left context, the name in bold, right context. */
    private static final class ContextCell extends ListCell<ContextLine> {
        @Override
        protected void updateItem(ContextLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label(line.source());
            where.getStyleClass().add("segment-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            Label match = new Label(line.match());
            match.setStyle("-fx-font-weight: bold;");
            match.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(6, where, new Label("…" + line.left()), match, new Label(line.right() + "…"));
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }
}
