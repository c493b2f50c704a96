package org.terrain.app.ui.language;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Named;
import org.terrain.app.ui.common.EntityTypes;
import org.terrain.app.ui.common.UiText;

/**
 * The « Entités » tab: the project's named entities (words, type, mentions, sources), filtered by type; a click
 * shows a mention in its source (a second click on the same entity the next one); « CSV » exports the list.
 */
public final class EntitiesView extends VBox {
    private final EntitiesViewModel viewModel;
    private final TableView<EntityRow> table = new TableView<>();

    public EntitiesView(EntitiesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("entities-view");

        ChoiceBox<EntityTypeChoice> type = new ChoiceBox<>();
        type.setId("entities-type");
        type.getItems().setAll(EntityTypeChoice.values());
        type.setConverter(Named.converter(choice -> choice == EntityTypeChoice.ALL ? UiText.get("entities.type.all")
                : EntityTypes.name(choice.type())));
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        Label count = new Label();
        count.setId("entities-count");
        count.textProperty().bind(viewModel.countProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new Button(UiText.get("entities.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("entities-export");
        export.getStyleClass().addAll("flat", "pane-tool");
        export.setTooltip(new Tooltip(UiText.get("entities.export.tooltip")));
        export.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        export.setOnAction(event -> exportCsv());
        javafx.scene.control.CheckBox shownOnly = new javafx.scene.control.CheckBox(UiText.get("entities.shown_source"));
        shownOnly.setId("entities-shown-source");
        shownOnly.selectedProperty().bindBidirectional(viewModel.shownSourceOnlyProperty());
        HBox header = new HBox(8, new Label(UiText.get("entities.type")), type, shownOnly, count, spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("pane-header", "entities-header");

        table.setId("entities-table");
        table.setItems(viewModel.rows());
        TableColumn<EntityRow, String> text = new TableColumn<>(UiText.get("entities.column.text"));
        text.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().text()));
        text.setPrefWidth(220);
        TableColumn<EntityRow, String> kind = new TableColumn<>(UiText.get("entities.column.type"));
        kind.setCellValueFactory(cell -> new ReadOnlyStringWrapper(EntityTypes.name(cell.getValue().type())));
        kind.setPrefWidth(120);
        TableColumn<EntityRow, Integer> mentions = new TableColumn<>(UiText.get("entities.column.count"));
        mentions.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        mentions.setPrefWidth(90);
        mentions.getStyleClass().add("number-column");
        TableColumn<EntityRow, String> sources = new TableColumn<>(UiText.get("entities.column.sources"));
        sources.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join(", ", cell.getValue().sources())));
        table.getColumns().setAll(List.of(text, kind, mentions, sources));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.countProperty());
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            TableRow<EntityRow> row = new TableRow<>();
            row.getStyleClass().add("entity-row");
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && row.getItem() != null) {
                    viewModel.open(row.getItem());
                }
            });
            row.itemProperty().addListener((observable, before, item) -> row.setTooltip(item == null ? null
                    : new Tooltip(UiText.get("entities.row.tooltip", item.text()))));
            return row;
        });
        table.setOnKeyPressed(event -> {
            EntityRow selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.open(selected);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(4);
        getChildren().addAll(header, table);
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(UiText.get("entities.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("segments.export.filter"),
                "*.csv"));
        chooser.setInitialFileName(UiText.get("entities.export.file"));
        FileDialogs.save(chooser, getScene().getWindow()).ifPresent(viewModel::exportCsv);
    }
}
