package org.terrain.app.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.terrain.app.ui.document.DocumentView;
import org.terrain.app.ui.sources.SourcesView;

/** The workbench window: menu, sources on the left, the document in the middle, status at the bottom. */
public final class MainWindow {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final double SOURCES_SHARE = 0.27;

    private final MainViewModel viewModel;
    private final Scene scene;

    public MainWindow(MainViewModel viewModel) {
        this.viewModel = viewModel;
        SourcesView sources = new SourcesView(viewModel.sources());
        SplitPane split = new SplitPane(sources, new DocumentView(viewModel.document()));
        split.setDividerPositions(SOURCES_SHARE);
        SplitPane.setResizableWithParent(sources, false);

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(new StatusBar(viewModel.status()));
        scene = new Scene(root, WIDTH, HEIGHT);
        Theme.apply(scene);
    }

    /** Puts the window on {@code stage}, its title following the open project. */
    public void install(Stage stage) {
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    public Scene scene() {
        return scene;
    }

    private static MenuBar menuBar() {
        MenuItem quit = new MenuItem(UiText.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());
        return new MenuBar(new Menu(UiText.get("menu.file"), null, quit));
    }
}
