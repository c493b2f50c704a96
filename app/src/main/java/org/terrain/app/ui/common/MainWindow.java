package org.terrain.app.ui.common;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.codes.CodeChooser;
import org.terrain.app.ui.codes.CodesView;
import org.terrain.app.ui.contrast.ContrastView;
import org.terrain.app.ui.document.DocumentView;
import org.terrain.app.ui.exchange.ExchangeView;
import org.terrain.app.ui.memos.MemoSubject;
import org.terrain.app.ui.memos.MemosView;
import org.terrain.app.ui.search.SearchView;
import org.terrain.app.ui.segments.SegmentsView;
import org.terrain.app.ui.sources.SourcesView;

/**
 * The workbench window, in MAXQDA's four panes: sources (top left) and codes (bottom left) beside the document
 * (top right) and the retrieved segments (bottom right); the menu above, the status at the bottom.
 *
 * <p>Keys: Ctrl+Entrée codes the selection with the selected code, Ctrl+Maj+Entrée asks which code first;
 * Ctrl+Z undoes the last action, Ctrl+Maj+Z or Ctrl+Y redoes it (in a text field they act on the field);
 * Ctrl+N creates a code under the selected one, F2 renames it and Suppr deletes it in the code tree;
 * Ctrl+E exports the listed segments.
 */
public final class MainWindow {
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 860;
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CODE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CODE_WITH = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final MainViewModel viewModel;
    private final Scene scene;
    private final DocumentView document;
    private final CodesView codes;
    private final SegmentsView segments;
    private final TabPane tools;
    private final Window[] owner = new Window[1];
    private final ProjectMenu projects;
    private final UncaughtFailures failures;
    private final ExchangeView exchange;

    public MainWindow(MainViewModel viewModel) {
        this.viewModel = viewModel;
        this.projects = new ProjectMenu(viewModel, owner);
        this.exchange = new ExchangeView(viewModel.exchange(), () -> owner[0]);
        this.failures = new UncaughtFailures(report -> ErrorDialog.show(owner[0], report, this::dialogClosed));
        viewModel.setOnUnexpected(failures::showLogged);
        SourcesView sources = new SourcesView(viewModel.sources());
        codes = new CodesView(viewModel.codes());
        document = new DocumentView(viewModel.document(), (owner, title) ->
                CodeChooser.choose(owner, title, viewModel.codes().entries(), path -> true));
        segments = new SegmentsView(viewModel.segments());

        SplitPane left = new SplitPane(sources, codes);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.42);
        left.getStyleClass().add("left-panes");
        // The bottom right holds the tools that list things to read: segments, search hits, contrasts.
        tools = new TabPane(new Tab(UiText.get("tab.segments"), segments));
        tools.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab contrast = new Tab(UiText.get("tab.contrast"), new ContrastView(viewModel.contrast()));
        contrast.setId("tab-contrast");
        tools.getTabs().add(contrast);
        tools.getStyleClass().add("tools");
        Tab searchTab = new Tab(UiText.get("tab.search"), new SearchView(viewModel.search()));
        searchTab.setId("tab-search");
        tools.getTabs().add(searchTab);
        MemosView memos = new MemosView(viewModel.memos(), () -> owner[0]);
        Tab journalTab = new Tab(UiText.get("tab.journal"), memos);
        journalTab.setId("tab-journal");
        viewModel.memos().activeProperty().bind(journalTab.selectedProperty());
        tools.getTabs().add(journalTab);
        sources.setOnMemo(name -> memos.editMemo(MemoSubject.source(name)));
        codes.setOnMemo(path -> memos.editMemo(MemoSubject.code(path)));
        SplitPane right = new SplitPane(document, tools);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.66);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(left, false);
        split.getStyleClass().add("main-split");

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(new StatusBar(viewModel.status()));
        scene = new Scene(root, WIDTH, HEIGHT);
        Theme.apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    /**
     * Undo and redo from anywhere but a text field (which keeps its own typing undo), and coding from anywhere:
     * filtered at the scene, so that no control (the text area has its own bindings) takes the keys first.
     */
    private void shortcuts(KeyEvent event) {
        boolean inField = scene.getFocusOwner() instanceof TextInputControl;
        if (REDO.match(event) || REDO_Y.match(event)) {
            if (!inField) {
                viewModel.undo().redo();
                event.consume();
            }
        } else if (UNDO.match(event)) {
            if (!inField) {
                viewModel.undo().undo();
                event.consume();
            }
        } else if (CODE_WITH.match(event)) {
            document.codeWithChosen();
            event.consume();
        } else if (CODE.match(event)) {
            viewModel.document().codeSelection();
            event.consume();
        }
    }

    /** Puts the window on {@code stage}, its title following the open project. */
    public void install(Stage stage) {
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        owner[0] = stage;
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    public Scene scene() {
        return scene;
    }

    public DocumentView documentView() {
        return document;
    }

    /** What tells the user of an exception nobody caught; the application installs it for every thread. */
    public UncaughtFailures uncaughtFailures() {
        return failures;
    }

    private void dialogClosed() {
        failures.dismissed();
    }

    /** The Fichier menu's « Projets récents », one item per project (its folder in the item's user data). */
    public Menu recentProjectsMenu() {
        return projects.recentMenu();
    }

    public CodesView codesView() {
        return codes;
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem(UiText.get("menu.file.export"), new FontIcon(Feather.DOWNLOAD));
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(event -> segments.exportCsv());
        MenuItem quit = new MenuItem(UiText.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> Platform.exit());
        Menu file = new Menu(UiText.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(projects.items());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(exchange.items());
        file.getItems().addAll(new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        // The accelerators only label the items: the scene's filter does the work (see shortcuts).
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(viewModel.undo().undoTextProperty());
        undo.disableProperty().bind(viewModel.undo().canUndoProperty().not());
        undo.setAccelerator(UNDO);
        undo.setOnAction(event -> viewModel.undo().undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(viewModel.undo().redoTextProperty());
        redo.disableProperty().bind(viewModel.undo().canRedoProperty().not());
        redo.setAccelerator(REDO);
        redo.setOnAction(event -> viewModel.undo().redo());
        Menu edit = new Menu(UiText.get("menu.edit"), null, undo, redo);

        MenuItem code = new MenuItem(UiText.get("menu.coding.code"), new FontIcon(Feather.TAG));
        code.setAccelerator(CODE);
        code.setOnAction(event -> viewModel.document().codeSelection());
        MenuItem codeWith = new MenuItem(UiText.get("menu.coding.code_with"), new FontIcon(Feather.SEARCH));
        codeWith.setAccelerator(CODE_WITH);
        codeWith.setOnAction(event -> document.codeWithChosen());
        MenuItem newCode = new MenuItem(UiText.get("menu.coding.new_code"), new FontIcon(Feather.PLUS));
        newCode.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newCode.setOnAction(event -> codes.createUnder(viewModel.codes().currentProperty().get()));
        Menu coding = new Menu(UiText.get("menu.coding"), null, code, codeWith, new SeparatorMenuItem(), newCode);

        MenuItem keys = new MenuItem(UiText.get("menu.help.shortcuts"));
        keys.setOnAction(event -> showShortcuts());
        Menu help = new Menu(UiText.get("menu.help"), null, keys);
        MenuBar bar = new MenuBar(file, edit, coding, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void showShortcuts() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(scene.getWindow());
        about.setTitle(UiText.get("menu.help.shortcuts"));
        about.setHeaderText(UiText.get("help.shortcuts.title"));
        about.setContentText(UiText.get("help.shortcuts.text"));
        Theme.apply(about.getDialogPane());
        about.showAndWait();
    }
}
