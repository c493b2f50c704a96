package org.terrain.app.ui.memos;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The « Journal » tab, three views chosen above: the journal (entries newest first on the left, the entry in an
 * editor on the right: day, title, text; « Nouvelle entrée », « Enregistrer », « Supprimer »), every memo (a
 * search field; double-click opens a memo or an entry), and the codebook's history (undone changes greyed).
 * Memos of a source or a code are opened from their panes ({@link #editMemo}).
 */
public final class MemosView extends VBox {
    private final MemosViewModel viewModel;
    private final Supplier<Window> owner;
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton journalMode = mode("memos.mode.journal", "memos-mode-journal");
    private final ListView<JournalRow> entries = new ListView<>();
    private final TextField title = new TextField();

    public MemosView(MemosViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        getStyleClass().add("memos-view");
        ToggleButton memosMode = mode("memos.mode.memos", "memos-mode-memos");
        ToggleButton codebookMode = mode("memos.mode.codebook", "memos-mode-codebook");
        HBox header = new HBox(4, journalMode, memosMode, codebookMode);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        Node journal = journalPane();
        Node memos = memosPane();
        Node codebook = codebookPane();
        journal.visibleProperty().bind(journalMode.selectedProperty());
        memos.visibleProperty().bind(memosMode.selectedProperty());
        codebook.visibleProperty().bind(codebookMode.selectedProperty());
        StackPane body = new StackPane(journal, memos, codebook);
        VBox.setVgrow(body, Priority.ALWAYS);
        modes.selectToggle(journalMode);
        // one view is always shown: clicking the selected button again keeps it
        modes.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                modes.selectToggle(before);
            }
        });
        getChildren().addAll(header, body);
    }

    private ToggleButton mode(String key, String id) {
        ToggleButton button = new ToggleButton(UiText.get(key));
        button.setId(id);
        button.setToggleGroup(modes);
        button.getStyleClass().add("small");
        return button;
    }

    private Node journalPane() {
        Button add = new Button(UiText.get("journal.new"), new FontIcon(Feather.PLUS));
        add.setId("journal-new");
        add.getStyleClass().addAll("flat", "pane-tool");
        add.setOnAction(event -> {
            if (viewModel.canSaveProperty().get() && !abandonUnsaved()) {
                return;
            }
            viewModel.newEntry();
            entries.getSelectionModel().clearSelection();
            title.requestFocus();
        });
        entries.setId("journal-list");
        entries.setItems(viewModel.journal());
        entries.setCellFactory(view -> new EntryCell());
        entries.setPlaceholder(placeholder(UiText.get("journal.empty")));
        entries.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null && (viewModel.editingProperty().get() == null
                    || viewModel.editingProperty().get().id() != row.id())) {
                if (viewModel.canSaveProperty().get() && !abandonUnsaved()) {
                    // keep the unsaved entry in view: the list goes back to it (or to nothing, for a new one)
                    javafx.application.Platform.runLater(() -> selectEditing(viewModel.editingProperty().get()));
                    return;
                }
                viewModel.edit(row);
            }
        });
        viewModel.editingProperty().addListener((observable, before, row) -> selectEditing(row));
        // a list read again loses its selection: the entry in the editor is selected again
        viewModel.journal().addListener((javafx.collections.ListChangeListener<JournalRow>) change ->
                selectEditing(viewModel.editingProperty().get()));
        entries.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        VBox.setVgrow(entries, Priority.ALWAYS);
        VBox left = new VBox(4, add, entries);

        Label editing = new Label();
        editing.setId("journal-editing");
        editing.getStyleClass().add("pane-title");
        editing.textProperty().bind(Bindings.createStringBinding(() -> viewModel.editingProperty().get() == null
                ? UiText.get("journal.editing.new")
                : UiText.get("journal.editing", viewModel.editingProperty().get().dateText()),
                viewModel.editingProperty()));
        DatePicker date = new DatePicker();
        date.setId("journal-date");
        // in the interface's language (« 16/03/2026 »), not the system's
        java.time.format.DateTimeFormatter shortDate = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(UiText.locale());
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(shortDate, shortDate));
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        title.setId("journal-title");
        title.setPromptText(UiText.get("journal.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox line = new HBox(6, date, title);
        TextArea text = new TextArea();
        text.setId("journal-body");
        text.setWrapText(true);
        text.setPromptText(UiText.get("journal.body.prompt"));
        text.textProperty().bindBidirectional(viewModel.bodyProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Button save = new Button(UiText.get("journal.save"), new FontIcon(Feather.CHECK));
        save.setId("journal-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button delete = new Button(UiText.get("journal.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("journal-delete");
        delete.getStyleClass().add("flat");
        delete.disableProperty().bind(viewModel.editingProperty().isNull());
        delete.setOnAction(event -> deleteSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, delete, spacer, save);
        VBox editor = new VBox(6, editing, line, text, buttons);
        editor.getStyleClass().add("journal-editor");

        SplitPane split = new SplitPane(left, editor);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    private void selectEditing(JournalRow row) {
        if (row == null) {
            entries.getSelectionModel().clearSelection();
        } else if (entries.getSelectionModel().getSelectedItem() == null
                || entries.getSelectionModel().getSelectedItem().id() != row.id()) {
            viewModel.journal().stream().filter(r -> r.id() == row.id()).findFirst()
                    .ifPresent(r -> entries.getSelectionModel().select(r));
        }
    }

    /** Asks before another entry replaces what was typed and not saved. */
    private boolean abandonUnsaved() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, UiText.get("journal.unsaved"), DialogButtons.OK,
                DialogButtons.CANCEL);
        ask.initOwner(owner.get());
        ask.setHeaderText(null);
        Theme.apply(ask.getDialogPane());
        return ask.showAndWait().filter(button -> button == DialogButtons.OK).isPresent();
    }

    private void deleteSelected() {
        JournalRow row = viewModel.editingProperty().get();
        if (row == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, UiText.get("journal.delete.confirm", row.heading()),
                DialogButtons.OK, DialogButtons.CANCEL);
        ask.initOwner(owner.get());
        ask.setHeaderText(null);
        Theme.apply(ask.getDialogPane());
        if (ask.showAndWait().filter(button -> button == DialogButtons.OK).isPresent()) {
            viewModel.delete(row);
        }
    }

    private Node memosPane() {
        TextField search = new TextField();
        search.setId("memos-search");
        search.setPromptText(UiText.get("memos.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button project = new Button(UiText.get("memos.project"), new FontIcon(Feather.BOOK));
        project.setId("memos-project");
        project.getStyleClass().add("flat");
        project.setOnAction(event -> editMemo(MemoSubject.project()));
        HBox top = new HBox(6, search, project);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<MemoRow> list = new ListView<>(viewModel.memos());
        list.setId("memos-list");
        list.setCellFactory(view -> new MemoCell());
        Label empty = placeholder("");
        empty.textProperty().bind(Bindings.createStringBinding(() -> viewModel.queryProperty().get() == null
                || viewModel.queryProperty().get().isBlank() ? UiText.get("memos.empty")
                : UiText.get("memos.none_found", viewModel.queryProperty().get().strip()), viewModel.queryProperty()));
        list.setPlaceholder(empty);
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, top, list);
    }

    /** A journal entry goes to the editor; a memo of a source, code, segment or the project opens in its dialog. */
    private void open(MemoRow row) {
        if (row == null) {
            return;
        }
        if (row.journalId() != 0) {
            modes.selectToggle(journalMode);
            viewModel.journal().stream().filter(r -> r.id() == row.journalId()).findFirst().ifPresent(viewModel::edit);
        } else if (row.subject() != null) {
            editMemo(row.subject());
        }
    }

    private Node codebookPane() {
        Label hint = new Label(UiText.get("codebook_log.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("placeholder");
        TableView<ChangeRow> table = new TableView<>(viewModel.changes());
        table.setId("codebook-log");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("codebook_log.col.seq", 50, row -> String.valueOf(row.seq())));
        table.getColumns().add(column("codebook_log.col.date", 130, ChangeRow::when));
        table.getColumns().add(column("codebook_log.col.who", 90, ChangeRow::who));
        table.getColumns().add(column("codebook_log.col.change", 380, ChangeRow::what));
        table.getColumns().add(column("codebook_log.col.fate", 220, ChangeRow::fate));
        table.setPlaceholder(placeholder(UiText.get("codebook_log.empty")));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ChangeRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("undone-change");
                if (!empty && row != null && !row.inForce()) {
                    getStyleClass().add("undone-change");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, hint, table);
    }

    private static TableColumn<ChangeRow, String> column(String key, double width,
                                                         java.util.function.Function<ChangeRow, String> value) {
        TableColumn<ChangeRow, String> column = new TableColumn<>(UiText.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Opens the memo of a source, a code or the project in a dialog, then writes what was written. */
    public void editMemo(MemoSubject subject) {
        viewModel.readMemo(subject, current -> MemoDialog.edit(owner.get(),
                UiText.get("memo.dialog.header", MemosViewModel.subjectText(subject)), current)
                .filter(text -> !text.strip().equals(current.strip()))
                .ifPresent(text -> viewModel.writeMemo(subject, text)));
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        label.setWrapText(true);
        return label;
    }

    /** The day in bold, the title (or first line) under it. */
    private static final class EntryCell extends ListCell<JournalRow> {
        EntryCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(JournalRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label day = new Label(row.dateText());
            day.getStyleClass().add("journal-day");
            Label heading = new Label(row.heading());
            heading.getStyleClass().add("journal-heading");
            setGraphic(new VBox(1, day, heading));
        }
    }

    /** « Source · Entretien Martine » on a first line, the memo under it (a segment's quoted words first). */
    private static final class MemoCell extends ListCell<MemoRow> {
        MemoCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MemoRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label about = new Label(row.kind() + " · " + row.about()
                    + (row.title() == null || row.journalId() == 0 ? "" : " — " + row.title()));
            about.getStyleClass().add("memo-about");
            VBox box = new VBox(2, about);
            if (row.journalId() == 0 && row.title() != null) {
                Label quote = new Label("« " + oneLine(row.title()) + " »");
                quote.getStyleClass().add("memo-quote");
                box.getChildren().add(quote);
            }
            Label text = new Label(oneLine(row.body()));
            text.getStyleClass().add("memo-body");
            text.setWrapText(true);
            text.setMaxHeight(60);
            text.maxWidthProperty().bind(widthProperty().subtract(30));
            box.getChildren().add(text);
            setGraphic(box);
        }

        private static String oneLine(String text) {
            String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
            return line.length() > 240 ? line.substring(0, 239) + "…" : line;
        }
    }
}
