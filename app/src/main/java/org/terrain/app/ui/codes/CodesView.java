package org.terrain.app.ui.codes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.CodeTransfer;
import org.terrain.app.ui.common.Shortcut;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * The code tree: each code with its colour and its count of segments, a filter box, and the codebook's
 * changes from a context menu, keys (F2, Delete) and drag and drop: a code dropped on another moves under it
 * (dropped on the empty part of the tree, to the root); dropped with Ctrl held, it is merged into it. A code
 * dragged onto a selection in the document codes it.
 */
public final class CodesView extends VBox {
    private final CodesViewModel viewModel;
    private final TreeView<CodeEntry> tree = new TreeView<>(new TreeItem<>());
    private final Set<CodePath> collapsed = new HashSet<>();
    private java.util.function.Consumer<CodePath> onMemo = path -> { };
    private boolean rebuilding;

    public CodesView(CodesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("codes-view");

        Label title = new Label(UiText.get("codes.title"));
        title.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(null, new FontIcon(Feather.PLUS));
        add.setId("codes-add");
        add.getStyleClass().addAll("flat", "pane-tool");
        add.setTooltip(new Tooltip(UiText.get("codes.add.tooltip")));
        add.setOnAction(event -> createUnder(viewModel.currentProperty().get()));
        HBox header = new HBox(title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        TextField filter = new TextField();
        filter.setId("codes-filter");
        filter.setPromptText(UiText.get("codes.filter.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.getStyleClass().add("pane-filter");

        tree.setId("codes-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(view -> new CodeCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        tree.setOnKeyPressed(event -> {
            CodePath current = viewModel.currentProperty().get();
            if (current == null) {
                return;
            }
            if (Shortcut.RENAME_CODE.matches(event)) {
                rename(current);
                event.consume();
            } else if (Shortcut.DELETE_CODE.matches(event)) {
                delete(current);
                event.consume();
            }
        });
        tree.setContextMenu(treeMenu());
        tree.setOnDragOver(event -> {
            String dragged = CodeTransfer.path(event.getDragboard());
            if (dragged != null && event.getGestureSource() != null && !CodeTransfer.isMerge(event.getDragboard())
                    && viewModel.canMove(CodePath.parse(dragged), null)) {
                event.acceptTransferModes(TransferMode.ANY);
            }
            event.consume();
        });
        tree.setOnDragDropped(event -> {
            String dragged = CodeTransfer.path(event.getDragboard());
            if (dragged != null) {
                viewModel.move(CodePath.parse(dragged), null);
            }
            event.setDropCompleted(dragged != null);
            event.consume();
        });

        Label empty = new Label(UiText.get("codes.empty"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.visibleProperty().bind(viewModel.loadedProperty().and(Bindings.isEmpty(viewModel.entries())));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(header, filter, empty, tree);

        viewModel.entries().addListener((ListChangeListener<CodeEntry>) change -> rebuild());
        viewModel.filterProperty().addListener((observable, before, text) -> rebuild());
        viewModel.selected().addListener((ListChangeListener<CodePath>) change -> selectInTree());
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<CodeEntry>>) change -> {
            if (!rebuilding) {
                viewModel.select(selectedPaths());
            }
        });
        rebuild();
    }

    private List<CodePath> selectedPaths() {
        // The focused (last clicked) code first: it is the one coding uses.
        TreeItem<CodeEntry> focused = tree.getSelectionModel().getSelectedItem();
        List<CodePath> paths = new java.util.ArrayList<>();
        if (focused != null && focused.getValue() != null) {
            paths.add(focused.getValue().path());
        }
        for (TreeItem<CodeEntry> item : List.copyOf(tree.getSelectionModel().getSelectedItems())) {
            if (item != null && item.getValue() != null && !paths.contains(item.getValue().path())) {
                paths.add(item.getValue().path());
            }
        }
        return paths;
    }

    /** The tree again from the entries, keeping which branches are folded and what is selected. */
    private void rebuild() {
        rebuilding = true;
        try {
            List<CodeEntry> shown = CodesViewModel.filtered(viewModel.entries(), viewModel.filterProperty().get());
            boolean filtering = shown.size() != viewModel.entries().size();
            Map<CodePath, TreeItem<CodeEntry>> items = new HashMap<>();
            TreeItem<CodeEntry> root = new TreeItem<>();
            for (CodeEntry entry : shown) {
                TreeItem<CodeEntry> item = new TreeItem<>(entry);
                item.setExpanded(filtering || !collapsed.contains(entry.path()));
                item.expandedProperty().addListener((observable, before, expanded) -> {
                    if (!rebuilding) {
                        if (expanded) {
                            collapsed.remove(entry.path());
                        } else {
                            collapsed.add(entry.path());
                        }
                    }
                });
                TreeItem<CodeEntry> parent = entry.path().isRoot() ? root : items.getOrDefault(entry.path().parent(), root);
                parent.getChildren().add(item);
                items.put(entry.path(), item);
            }
            tree.setRoot(root);
        } finally {
            rebuilding = false;
        }
        selectInTree();
    }

    private void selectInTree() {
        if (selectedPaths().equals(viewModel.selected())) {
            return;
        }
        rebuilding = true;
        try {
            tree.getSelectionModel().clearSelection();
            List<CodePath> wanted = List.copyOf(viewModel.selected());
            for (CodePath path : wanted.reversed()) {
                TreeItem<CodeEntry> item = find(tree.getRoot(), path);
                if (item != null) {
                    for (TreeItem<CodeEntry> up = item.getParent(); up != null; up = up.getParent()) {
                        up.setExpanded(true);
                    }
                    tree.getSelectionModel().select(item);
                }
            }
            if (!wanted.isEmpty()) {
                TreeItem<CodeEntry> first = find(tree.getRoot(), wanted.getFirst());
                if (first != null) {
                    int row = tree.getRow(first);
                    tree.getFocusModel().focus(row);
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            rebuilding = false;
        }
    }

    private static TreeItem<CodeEntry> find(TreeItem<CodeEntry> from, CodePath path) {
        for (TreeItem<CodeEntry> child : from.getChildren()) {
            if (child.getValue().path().equals(path)) {
                return child;
            }
            if (child.getValue().contains(path)) {
                return find(child, path);
            }
        }
        return null;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private ContextMenu treeMenu() {
        MenuItem create = new MenuItem(UiText.get("codes.menu.new_root"), new FontIcon(Feather.PLUS));
        create.setOnAction(event -> createUnder(null));
        return new ContextMenu(create);
    }

    private ContextMenu codeMenu(CodeEntry entry) {
        CodePath path = entry.path();
        MenuItem child = new MenuItem(UiText.get("codes.menu.new_child"), new FontIcon(Feather.PLUS));
        child.setOnAction(event -> createUnder(path));
        MenuItem rename = new MenuItem(UiText.get("codes.menu.rename"), new FontIcon(Feather.EDIT_2));
        rename.setOnAction(event -> rename(path));
        MenuItem color = new MenuItem(UiText.get("codes.menu.color"), new FontIcon(Feather.DROPLET));
        color.setOnAction(event -> recolor(entry));
        MenuItem describe = new MenuItem(UiText.get("codes.menu.describe"), new FontIcon(Feather.FILE_TEXT));
        describe.setOnAction(event -> describe(entry));
        MenuItem memo = new MenuItem(UiText.get("memos.menu"), new FontIcon(Feather.MESSAGE_SQUARE));
        memo.setId("code-memo");
        memo.setOnAction(event -> onMemo.accept(path));
        MenuItem merge = new MenuItem(UiText.get("codes.menu.merge"), new FontIcon(Feather.GIT_MERGE));
        merge.setOnAction(event -> mergeChosen(path));
        MenuItem toRoot = new MenuItem(UiText.get("codes.menu.to_root"), new FontIcon(Feather.CORNER_LEFT_UP));
        toRoot.setOnAction(event -> viewModel.move(path, null));
        toRoot.setDisable(path.isRoot());
        MenuItem delete = new MenuItem(UiText.get("codes.menu.delete"), new FontIcon(Feather.TRASH_2));
        delete.setOnAction(event -> delete(path));
        return new ContextMenu(child, rename, color, describe, memo, new SeparatorMenuItem(), merge, toRoot,
                new SeparatorMenuItem(), delete);
    }

    /** Who opens a code's memo (« Mémo… » in a code's menu). */
    public void setOnMemo(java.util.function.Consumer<CodePath> handler) {
        this.onMemo = handler;
    }

    /** Asks a name and creates the code under {@code parent}, or at the root for null. */
    public void createUnder(CodePath parent) {
        TextInputDialog dialog = textDialog(parent == null ? UiText.get("codes.new.title_root")
                : UiText.get("codes.new.title_child", parent.toString()), "");
        dialog.showAndWait().ifPresent(name -> viewModel.create(parent, name));
    }

    private void rename(CodePath path) {
        textDialog(UiText.get("codes.rename.title", path.toString()), path.name()).showAndWait()
                .ifPresent(name -> viewModel.rename(path, name));
    }

    private TextInputDialog textDialog(String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(window());
        dialog.setTitle(UiText.get("codes.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(UiText.get("codes.name"));
        dialog.getEditor().setId("code-name");
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        Theme.apply(dialog.getDialogPane());
        return dialog;
    }

    private void recolor(CodeEntry entry) {
        ColorPicker picker = new ColorPicker(Swatch.parse(entry.color()));
        picker.setId("code-color");
        Dialog<Color> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(UiText.get("codes.title"));
        dialog.setHeaderText(UiText.get("codes.color.title", entry.path().toString()));
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        dialog.setResultConverter(button -> button == DialogButtons.OK ? picker.getValue() : null);
        Theme.apply(dialog.getDialogPane());
        dialog.showAndWait().ifPresent(color -> viewModel.recolor(entry.path(), hex(color)));
    }

    static String hex(Color color) {
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private void describe(CodeEntry entry) {
        TextArea text = new TextArea(entry.description() == null ? "" : entry.description());
        text.setId("code-description");
        text.setWrapText(true);
        text.setPrefSize(420, 180);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(UiText.get("codes.title"));
        dialog.setHeaderText(UiText.get("codes.describe.title", entry.path().toString()));
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        dialog.setResultConverter(button -> button == DialogButtons.OK ? text.getText() : null);
        Theme.apply(dialog.getDialogPane());
        dialog.showAndWait().ifPresent(description -> viewModel.describe(entry.path(), description));
    }

    private void mergeChosen(CodePath source) {
        CodeChooser.choose(window(), UiText.get("codes.merge.title", source.toString()), viewModel.entries(),
                target -> viewModel.canMerge(source, target)).ifPresent(target -> viewModel.merge(source, target));
    }

    /** Asks first, saying how many segments go with the code; deleting is undoable all the same. */
    public void delete(CodePath path) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(window());
        confirm.setTitle(UiText.get("codes.title"));
        confirm.setHeaderText(UiText.get("codes.delete.title", path.toString()));
        confirm.setContentText(UiText.get("codes.delete.text", viewModel.segmentsUnder(path),
                viewModel.subCodes(path)));
        confirm.getDialogPane().setId("code-delete-confirmation");
        ButtonType delete = new ButtonType(UiText.get("codes.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        confirm.getButtonTypes().setAll(delete, DialogButtons.CANCEL);
        Theme.apply(confirm.getDialogPane());
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == delete) {
            viewModel.delete(path);
        }
    }

    /** A code: its colour, its name, its count (« 12 », or for a parent « 12 · 30 »: its own, then with its sub-codes). */
    private final class CodeCell extends TreeCell<CodeEntry> {
        CodeCell() {
            setOnDragDetected(event -> {
                if (getItem() == null) {
                    return;
                }
                boolean merge = event.isShortcutDown() || event.isAltDown();
                var board = startDragAndDrop(TransferMode.ANY);
                board.setContent(CodeTransfer.content(getItem().path().toString(), merge));
                Label view = new Label(merge ? UiText.get("codes.drag.merge", getItem().name()) : getItem().name(),
                        Swatch.of(getItem().color()));
                view.getStyleClass().add("code-drag-view");
                new javafx.scene.Scene(new javafx.scene.Group(view));
                Theme.apply(view.getParent());
                view.applyCss();
                board.setDragView(view.snapshot(null, null));
                event.consume();
            });
            setOnDragOver(event -> {
                if (getItem() == null) {
                    return; // an empty line: the tree's own handler takes it, as a drop at the root
                }
                String dragged = CodeTransfer.path(event.getDragboard());
                if (dragged != null && event.getGestureSource() != null) {
                    CodePath from = CodePath.parse(dragged);
                    boolean merge = CodeTransfer.isMerge(event.getDragboard());
                    if (merge ? viewModel.canMerge(from, getItem().path())
                            : viewModel.canMove(from, getItem().path())) {
                        event.acceptTransferModes(TransferMode.ANY);
                        if (!getStyleClass().contains("drop-target")) {
                            getStyleClass().add("drop-target");
                        }
                    }
                }
                event.consume();
            });
            setOnDragExited(event -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(event -> {
                if (getItem() == null) {
                    return;
                }
                String dragged = CodeTransfer.path(event.getDragboard());
                boolean done = dragged != null;
                if (done) {
                    CodePath from = CodePath.parse(dragged);
                    if (CodeTransfer.isMerge(event.getDragboard())) {
                        viewModel.merge(from, getItem().path());
                    } else {
                        viewModel.move(from, getItem().path());
                    }
                }
                getStyleClass().removeAll("drop-target");
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(CodeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("drop-target");
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            Label name = new Label(entry.name());
            name.getStyleClass().add("code-name");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(entry.countText());
            count.getStyleClass().add("code-count");
            HBox line = new HBox(7, Swatch.of(entry.color()), name, spacer, count);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
            String description = entry.description();
            String counts = UiText.get("codes.tooltip", entry.path().toString(), entry.segments(),
                    entry.parent() ? entry.total() : 0);
            setTooltip(new Tooltip(description == null || description.isBlank() ? counts
                    : counts + "\n\n" + description.strip()));
            setContextMenu(codeMenu(entry));
        }
    }
}
