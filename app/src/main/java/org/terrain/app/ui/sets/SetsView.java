package org.terrain.app.ui.sets;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * The « Ensembles » tab: the sets on the left; the chosen set's sources and codes on the right, with buttons to
 * add the source shown in the document or the code chosen in the tree, and to take the selected member out.
 */
public final class SetsView extends BorderPane {
    public SetsView(SetsViewModel viewModel) {
        getStyleClass().add("sets-view");
        setId("sets-view");

        TextField name = new TextField();
        name.setId("set-name");
        name.setPromptText(UiText.get("sets.name.prompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button create = new Button(UiText.get("sets.create"));
        create.setId("set-create");
        create.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(), name.textProperty()));
        create.setOnAction(event -> {
            viewModel.create(name.getText(), null);
            name.clear();
        });
        name.setOnAction(event -> create.fire());
        Button delete = new Button(UiText.get("sets.delete"));
        delete.setId("set-delete");
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(event -> viewModel.delete(viewModel.selectedProperty().get()));
        HBox bar = new HBox(8, name, create, delete);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);

        ListView<SetRow> sets = new ListView<>(viewModel.sets());
        sets.setId("sets-list");
        sets.setPlaceholder(new Label(UiText.get("sets.none")));
        sets.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SetRow set, boolean empty) {
                super.updateItem(set, empty);
                setText(empty || set == null ? null
                        : UiText.get("sets.row", set.name(), set.sources().size(), set.codes().size()));
            }
        });
        sets.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && sets.getSelectionModel().getSelectedItem() != now) {
                sets.getSelectionModel().select(now);
            }
        });

        ListView<String> sources = new ListView<>();
        sources.setId("set-sources");
        sources.setPlaceholder(new Label(UiText.get("sets.no_sources")));
        ListView<CodePath> codes = new ListView<>();
        codes.setId("set-codes");
        codes.setPlaceholder(new Label(UiText.get("sets.no_codes")));
        viewModel.selectedProperty().addListener((observable, before, set) -> {
            sources.getItems().setAll(set == null ? java.util.List.of() : set.sources());
            codes.getItems().setAll(set == null ? java.util.List.of() : set.codes());
        });

        Button addSource = new Button(UiText.get("sets.add_source"));
        addSource.setId("set-add-source");
        addSource.disableProperty().bind(viewModel.selectedProperty().isNull()
                .or(viewModel.currentSourceProperty().isNull()));
        addSource.setOnAction(event -> viewModel.addCurrentSource());
        Button removeSource = new Button(UiText.get("sets.remove"));
        removeSource.setId("set-remove-source");
        removeSource.disableProperty().bind(sources.getSelectionModel().selectedItemProperty().isNull());
        removeSource.setOnAction(event -> viewModel.removeSource(sources.getSelectionModel().getSelectedItem()));
        Button addCode = new Button(UiText.get("sets.add_code"));
        addCode.setId("set-add-code");
        addCode.disableProperty().bind(viewModel.selectedProperty().isNull()
                .or(viewModel.currentCodeProperty().isNull()));
        addCode.setOnAction(event -> viewModel.addCurrentCode());
        Button removeCode = new Button(UiText.get("sets.remove"));
        removeCode.setId("set-remove-code");
        removeCode.disableProperty().bind(codes.getSelectionModel().selectedItemProperty().isNull());
        removeCode.setOnAction(event -> viewModel.removeCode(codes.getSelectionModel().getSelectedItem()));

        VBox.setVgrow(sources, Priority.ALWAYS);
        VBox.setVgrow(codes, Priority.ALWAYS);
        Label description = new Label();
        description.setId("set-description");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> {
            SetRow set = viewModel.selectedProperty().get();
            return set == null || set.description() == null ? "" : set.description();
        }, viewModel.selectedProperty()));
        description.managedProperty().bind(description.textProperty().isNotEmpty());
        VBox members = new VBox(6, description,
                new Label(UiText.get("sets.sources")), sources, new HBox(6, addSource, removeSource),
                new Label(UiText.get("sets.codes")), codes, new HBox(6, addCode, removeCode));
        members.setPadding(new Insets(0, 8, 8, 8));
        Label hint = new Label(UiText.get("sets.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("memo-body");
        members.getChildren().add(hint);

        SplitPane split = new SplitPane(sets, members);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.4);
        setCenter(split);
    }
}
