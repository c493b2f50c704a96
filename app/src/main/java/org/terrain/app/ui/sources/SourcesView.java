package org.terrain.app.ui.sources;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.UiText;

/** The sources tree: one branch per kind, within it one per case, each source with its size under its name. */
public final class SourcesView extends VBox {
    private final SourcesViewModel viewModel;
    private final TreeView<SourceTreeEntry> tree = new TreeView<>(new TreeItem<>());
    private Consumer<String> onMemo = name -> { };

    public SourcesView(SourcesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("sources-view");
        Label title = new Label(UiText.get("sources.title"));
        title.getStyleClass().add("pane-title");

        tree.setId("sources-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label empty = new Label(UiText.get("sources.empty"));
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(viewModel.loadedProperty().and(Bindings.isEmpty(viewModel.groups())));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(title, empty, tree);

        viewModel.groups().addListener((ListChangeListener<SourceTreeEntry.Group>) change -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (item != null && item.getValue() instanceof SourceTreeEntry.Item source) {
                viewModel.select(source.name());
            }
        });
        viewModel.selectedSourceProperty().addListener((observable, before, name) -> selectInTree(name));
        tree.setContextMenu(sourceMenu());
        rebuild();
    }

    /** « Mémo… » on the source under the pointer (a right click selects it first). */
    private ContextMenu sourceMenu() {
        MenuItem memo = new MenuItem(UiText.get("memos.menu"), new FontIcon(Feather.MESSAGE_SQUARE));
        memo.setId("source-memo");
        memo.setOnAction(event -> {
            if (tree.getSelectionModel().getSelectedItem() != null
                    && tree.getSelectionModel().getSelectedItem().getValue() instanceof SourceTreeEntry.Item item) {
                onMemo.accept(item.name());
            }
        });
        ContextMenu menu = new ContextMenu(memo);
        menu.setOnShowing(event -> memo.setDisable(!(tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue() instanceof SourceTreeEntry.Item)));
        return menu;
    }

    /** Who opens a source's memo. */
    public void setOnMemo(Consumer<String> handler) {
        this.onMemo = handler;
    }

    private void rebuild() {
        tree.getRoot().getChildren().clear();
        for (SourceTreeEntry.Group group : viewModel.groups()) {
            TreeItem<SourceTreeEntry> branch = new TreeItem<>(group);
            branch.setExpanded(true);
            for (SourceTreeEntry child : group.children()) {
                TreeItem<SourceTreeEntry> node = new TreeItem<>(child);
                if (child instanceof SourceTreeEntry.Case caseGroup) {
                    node.setExpanded(true);
                    caseGroup.items().forEach(item -> node.getChildren().add(new TreeItem<>(item)));
                }
                branch.getChildren().add(node);
            }
            tree.getRoot().getChildren().add(branch);
        }
        selectInTree(viewModel.selectedSourceProperty().get());
    }

    private void selectInTree(String name) {
        selectIn(tree.getRoot(), name);
    }

    private void selectIn(TreeItem<SourceTreeEntry> parent, String name) {
        for (TreeItem<SourceTreeEntry> child : parent.getChildren()) {
            if (child.getValue() instanceof SourceTreeEntry.Item item) {
                if (item.name().equals(name) && tree.getSelectionModel().getSelectedItem() != child) {
                    tree.getSelectionModel().select(child);
                }
            } else {
                selectIn(child, name);
            }
        }
    }

    /** A group is a bold caption; a source shows its name with its size underneath, muted. */
    private static final class EntryCell extends TreeCell<SourceTreeEntry> {
        @Override
        protected void updateItem(SourceTreeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("source-group", "source-case", "source-item");
            setText(null);
            setGraphic(null);
            switch (empty ? null : entry) {
                case null -> { }
                case SourceTreeEntry.Group group -> {
                    getStyleClass().add("source-group");
                    setText(group.label());
                }
                case SourceTreeEntry.Case caseGroup -> {
                    getStyleClass().add("source-case");
                    setText(caseGroup.label());
                }
                case SourceTreeEntry.Item item -> {
                    getStyleClass().add("source-item");
                    Label name = new Label(item.name());
                    name.getStyleClass().add("source-name");
                    Label detail = new Label(item.detail());
                    detail.getStyleClass().add("source-detail");
                    setGraphic(new VBox(1, name, detail));
                }
            }
        }
    }
}
