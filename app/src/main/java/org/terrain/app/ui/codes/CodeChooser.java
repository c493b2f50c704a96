package org.terrain.app.ui.codes;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * A small searchable list of codes to pick one from: "Coder avec…" in the document, "Fusionner dans…" in the
 * code tree. Typing filters (case and accents ignored), Enter takes the first match or the one selected.
 */
public final class CodeChooser extends Dialog<CodePath> {
    private final ListView<CodeEntry> list = new ListView<>();

    public CodeChooser(Window owner, String title, List<CodeEntry> codes, Predicate<CodePath> allowed) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        getDialogPane().getStyleClass().add("code-chooser");
        Theme.apply(getDialogPane());
        ObservableList<CodeEntry> all = FXCollections.observableArrayList(
                codes.stream().filter(c -> allowed.test(c.path())).toList());
        FilteredList<CodeEntry> shown = new FilteredList<>(all);

        TextField search = new TextField();
        search.setId("code-chooser-search");
        search.setPromptText(UiText.get("codes.filter.prompt"));
        search.textProperty().addListener((observable, before, text) -> {
            String wanted = CodesViewModel.fold(text.strip());
            shown.setPredicate(c -> CodesViewModel.fold(c.path().toString()).contains(wanted));
            if (!shown.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        list.setId("code-chooser-list");
        list.setItems(shown);
        list.setPrefSize(520, 300);
        list.setCellFactory(view -> new PathCell());
        list.setPlaceholder(new Label(UiText.get("codes.chooser.none")));
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem().path());
                close();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        getDialogPane().setContent(new VBox(8, search, list));

        ButtonType choose = new ButtonType(UiText.get("dialog.choose"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(choose, DialogButtons.CANCEL);
        getDialogPane().lookupButton(choose).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == choose && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().path() : null);
        if (!shown.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        Platform.runLater(search::requestFocus);
    }

    /** Shows the chooser and waits for the choice. */
    public static Optional<CodePath> choose(Window owner, String title, List<CodeEntry> codes,
                                            Predicate<CodePath> allowed) {
        return new CodeChooser(owner, title, codes, allowed).showAndWait();
    }

    /** A code as its whole path, after its colour. */
    private static final class PathCell extends ListCell<CodeEntry> {
        @Override
        protected void updateItem(CodeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            Label name = new Label(String.join(" › ", entry.path().names()));
            setGraphic(new HBox(8, Swatch.of(entry.color()), name));
        }
    }
}
