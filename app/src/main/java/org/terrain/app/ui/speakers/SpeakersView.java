package org.terrain.app.ui.speakers;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The « Locuteurs » dialog: choose the whole project or one source, then tick the labels that are interviewers.
 * Each tick is applied at once (and undone with Ctrl+Z); the dialog stays open beside the window.
 */
public final class SpeakersView {
    /** The scope list's entry for the whole project (a source never has an empty name). */
    private static final String PROJECT = "";

    private final SpeakersViewModel viewModel;
    private Dialog<Void> dialog;

    public SpeakersView(SpeakersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the dialog on {@code source}'s labels (null: the whole project), or brings it forward. */
    public Dialog<Void> show(Window owner, String source) {
        if (dialog != null && dialog.isShowing()) {
            viewModel.scopeProperty().set(source);
            return dialog;
        }
        ComboBox<String> scope = new ComboBox<>();
        scope.setId("speakers-scope");
        scope.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String item) {
                return item == null ? "" : item.isEmpty() ? UiText.get("speakers.scope.project") : item;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        ListChangeListener<String> listed = change -> {
            String chosen = viewModel.scopeProperty().get();
            List<String> items = new java.util.ArrayList<>(List.of(PROJECT));
            items.addAll(viewModel.sources());
            if (!scope.getItems().equals(items)) {
                scope.getItems().setAll(items);
            }
            scope.getSelectionModel().select(chosen == null ? PROJECT : chosen);
        };
        viewModel.sources().addListener(listed);
        scope.valueProperty().addListener((observable, before, now) -> {
            if (now != null) {
                viewModel.scopeProperty().set(now.isEmpty() ? null : now);
            }
        });
        HBox scopeLine = new HBox(8, new Label(UiText.get("speakers.scope")), scope);
        scopeLine.setAlignment(Pos.CENTER_LEFT);

        TableView<SpeakerRow> table = new TableView<>(viewModel.rows());
        table.setId("speakers-table");
        TableColumn<SpeakerRow, String> label = new TableColumn<>(UiText.get("speakers.label"));
        label.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
        label.setPrefWidth(200);
        TableColumn<SpeakerRow, Integer> turns = new TableColumn<>(UiText.get("speakers.turns"));
        turns.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().turns()));
        turns.setPrefWidth(90);
        TableColumn<SpeakerRow, SpeakerRow> interviewer = new TableColumn<>(UiText.get("speakers.interviewer"));
        interviewer.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        interviewer.setCellFactory(column -> new InterviewerCell());
        interviewer.setPrefWidth(120);
        table.getColumns().add(label);
        table.getColumns().add(turns);
        table.getColumns().add(interviewer);
        table.setPlaceholder(new Label(UiText.get("speakers.none")));
        table.setPrefSize(440, 280);
        Label hint = new Label(UiText.get("speakers.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(440);

        dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(UiText.get("speakers.title"));
        dialog.setHeaderText(UiText.get("speakers.header"));
        dialog.getDialogPane().setContent(new VBox(10, scopeLine, table, hint));
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.CLOSE);
        dialog.getDialogPane().setId("speakers-dialog");
        dialog.setOnHidden(event -> {
            viewModel.sources().removeListener(listed);
            viewModel.close();
        });
        Theme.apply(dialog.getDialogPane());
        viewModel.open(source);
        dialog.show();
        return dialog;
    }

    /** A tick box per label; ticking applies at once. */
    private final class InterviewerCell extends TableCell<SpeakerRow, SpeakerRow> {
        private final CheckBox box = new CheckBox();

        InterviewerCell() {
            box.getStyleClass().add("speaker-interviewer");
            box.setOnAction(event -> {
                if (getItem() != null) {
                    viewModel.setInterviewer(getItem().label(), box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(SpeakerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                box.setSelected(row.interviewer());
                box.setId("speaker-interviewer-" + row.label());
                setGraphic(box);
            }
        }
    }
}
