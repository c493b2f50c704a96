package org.terrain.app.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Callback;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * What the import asks once the files or the folder are chosen: the kind of the sources (from the folder by
 * default), their case (none, one per folder, or one named case) and turn detection. « Importer » hands the
 * choices on; « Annuler » imports nothing. Not modal to the tests: it is shown, not waited for.
 */
final class ImportOptionsView {
    private ImportOptionsView() {
    }

    static Dialog<ImportChoices> show(Window owner, List<Path> paths, Consumer<ImportChoices> onChosen) {
        ComboBox<ImportChoices.Kind> kind = new ComboBox<>();
        kind.setId("import-kind");
        kind.getItems().setAll(ImportChoices.Kind.values());
        kind.setValue(ImportChoices.Kind.AUTO);
        labelled(kind, ImportChoices.Kind::label);

        ToggleGroup caseGroup = new ToggleGroup();
        RadioButton none = radio("import-case-none", "import.options.case.none", caseGroup, ImportChoices.CaseMode.NONE);
        RadioButton byFolder = radio("import-case-folder", "import.options.case.folder", caseGroup,
                ImportChoices.CaseMode.BY_FOLDER);
        RadioButton named = radio("import-case-named", "import.options.case.named", caseGroup,
                ImportChoices.CaseMode.NAMED);
        none.setSelected(true);
        TextField caseName = new TextField();
        caseName.setId("import-case-name");
        caseName.setPromptText(UiText.get("import.options.case.prompt"));
        caseName.setPrefColumnCount(20);
        caseName.disableProperty().bind(named.selectedProperty().not());
        VBox cases = new VBox(6, none, byFolder, new HBox(8, named, caseName));

        ComboBox<ImportChoices.Turns> turns = new ComboBox<>();
        turns.setId("import-turns");
        turns.getItems().setAll(ImportChoices.Turns.values());
        turns.setValue(ImportChoices.Turns.AUTO);
        labelled(turns, ImportChoices.Turns::label);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(4, 0, 0, 0));
        grid.addRow(0, label("import.options.kind"), kind);
        grid.addRow(1, label("import.options.case"), cases);
        grid.addRow(2, label("import.options.turns"), turns);
        Label hint = new Label(UiText.get("import.options.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add("hint");

        ButtonType importButton = new ButtonType(UiText.get("import.options.go"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ImportChoices> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(UiText.get("import.options.title"));
        dialog.setHeaderText(paths.size() == 1 ? UiText.get("import.options.header_one", paths.getFirst())
                : UiText.get("import.options.header_many", paths.size()));
        dialog.getDialogPane().setContent(new VBox(14, grid, hint));
        dialog.getDialogPane().getButtonTypes().setAll(importButton, DialogButtons.CANCEL);
        dialog.getDialogPane().setId("import-options");
        Node go = dialog.getDialogPane().lookupButton(importButton);
        go.setId("import-go");
        go.disableProperty().bind(named.selectedProperty().and(caseName.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == importButton
                ? new ImportChoices(kind.getValue(), (ImportChoices.CaseMode) caseGroup.getSelectedToggle().getUserData(),
                        caseName.getText(), turns.getValue())
                : null);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() != null) {
                onChosen.accept(dialog.getResult());
            }
        });
        Theme.apply(dialog.getDialogPane());
        dialog.show();
        return dialog;
    }

    private static Label label(String key) {
        Label label = new Label(UiText.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static RadioButton radio(String id, String key, ToggleGroup group, ImportChoices.CaseMode mode) {
        RadioButton button = new RadioButton(UiText.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(mode);
        return button;
    }

    private static <T> void labelled(ComboBox<T> box, java.util.function.Function<T, String> label) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }
}
