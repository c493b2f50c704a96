package org.terrain.app.ui.common;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
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
import org.terrain.app.ui.language.EntitiesView;
import org.terrain.app.ui.language.LanguageView;
import org.terrain.app.ui.pseudonyms.PseudonymsView;
import org.terrain.app.ui.search.SearchView;
import org.terrain.app.ui.segments.SegmentsView;
import org.terrain.app.ui.sets.SetsView;
import org.terrain.app.ui.sources.SourcesView;

/**
 * The workbench window, in MAXQDA's four panes: sources (top left) and codes (bottom left) beside the document
 * (top right) and the retrieved segments (bottom right); the menu above, the status at the bottom.
 *
 * <p>Keys come from the {@link Shortcut} table (which the help page lists): Ctrl+Entrée codes the selection
 * with the selected code, Ctrl+Maj+Entrée asks which code first; Ctrl+Z undoes the last action, Ctrl+Maj+Z or
 * Ctrl+Y redoes it (in a text field, or while the text is being corrected, they act on the typing); Ctrl+Maj+E
 * opens the shown text to correction and Ctrl+S applies it; Ctrl+F finds in the shown text, Ctrl+H replaces.
 */
public final class MainWindow {
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 860;

    private final MainViewModel viewModel;
    private final Scene scene;
    private final DocumentView document;
    private final CodesView codes;
    private final SegmentsView segments;
    private final TabPane toolTabs;
    private final Window[] owner = new Window[1];
    private final ProjectMenu projects;
    private final UncaughtFailures failures;
    private final ExchangeView exchange;
    private final org.terrain.app.ui.merge.MergeView merge;
    private final ProjectToolsMenu tools;
    private final LanguageView language;
    private Tab pseudonymsTab;

    public MainWindow(MainViewModel viewModel) {
        this.viewModel = viewModel;
        this.projects = new ProjectMenu(viewModel, owner);
        this.exchange = new ExchangeView(viewModel.exchange(), () -> owner[0]);
        this.merge = new org.terrain.app.ui.merge.MergeView(
                new org.terrain.app.ui.merge.MergeViewModel(viewModel.session()), () -> owner[0]);
        this.language = new LanguageView(viewModel.language(), () -> owner[0],
                viewModel.document().showEntitiesProperty());
        this.failures = new UncaughtFailures(report -> ErrorDialog.show(owner[0], report, this::dialogClosed));
        viewModel.setOnUnexpected(failures::showLogged);
        SourcesView sources = new SourcesView(viewModel.sources());
        codes = new CodesView(viewModel.codes());
        document = new DocumentView(viewModel.document(), viewModel.find(), (owner, title) ->
                CodeChooser.choose(owner, title, viewModel.codes().entries(), path -> true));
        segments = new SegmentsView(viewModel.segments());
        this.tools = new ProjectToolsMenu(viewModel, document, () -> owner[0]);

        SplitPane left = new SplitPane(sources, codes);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.42);
        left.getStyleClass().add("left-panes");
        // The bottom right holds the tools that list things to read: segments, search hits, contrasts.
        toolTabs = new TabPane(new Tab(UiText.get("tab.segments"), segments));
        toolTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab contrast = new Tab(UiText.get("tab.contrast"), new ContrastView(viewModel.contrast()));
        contrast.setId("tab-contrast");
        toolTabs.getTabs().add(contrast);
        Tab agreement = new Tab(UiText.get("tab.agreement"),
                new org.terrain.app.ui.agreement.AgreementView(viewModel.agreement()));
        agreement.setId("tab-agreement");
        toolTabs.getTabs().add(agreement);
        toolTabs.getStyleClass().add("tools");
        Tab searchTab = new Tab(UiText.get("tab.search"), new SearchView(viewModel.search()));
        searchTab.setId("tab-search");
        toolTabs.getTabs().add(searchTab);
        MemosView memos = new MemosView(viewModel.memos(), () -> owner[0]);
        Tab journalTab = new Tab(UiText.get("tab.journal"), memos);
        journalTab.setId("tab-journal");
        viewModel.memos().activeProperty().bind(journalTab.selectedProperty());
        toolTabs.getTabs().add(journalTab);
        sources.setOnMemo(name -> memos.editMemo(MemoSubject.source(name)));
        codes.setOnMemo(path -> memos.editMemo(MemoSubject.code(path)));
        Tab entitiesTab = new Tab(UiText.get("tab.entities"), new EntitiesView(viewModel.entities()));
        entitiesTab.setId("tab-entities");
        viewModel.entities().activeProperty().bind(entitiesTab.selectedProperty());
        toolTabs.getTabs().add(entitiesTab);
        Tab setsTab = new Tab(UiText.get("tab.sets"), new SetsView(viewModel.sets()));
        setsTab.setId("tab-sets");
        viewModel.sets().activeProperty().bind(setsTab.selectedProperty());
        toolTabs.getTabs().add(setsTab);
        Tab reviewsTab = new Tab(UiText.get("tab.reviews"), new org.terrain.app.ui.review.ReviewItemsView(viewModel.reviews()));
        reviewsTab.setId("tab-reviews");
        viewModel.reviews().activeProperty().bind(reviewsTab.selectedProperty());
        toolTabs.getTabs().add(reviewsTab);
        pseudonymsTab = new Tab(UiText.get("tab.pseudonyms"), new PseudonymsView(viewModel.pseudonyms()));
        pseudonymsTab.setId("tab-pseudonyms");
        viewModel.pseudonyms().activeProperty().bind(pseudonymsTab.selectedProperty());
        toolTabs.getTabs().add(pseudonymsTab);
        SplitPane right = new SplitPane(document, toolTabs);
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
        // While the text is being corrected, Ctrl+Z undoes typing in it, not the project's last action.
        boolean inField = scene.getFocusOwner() instanceof TextInputControl
                || viewModel.document().correctingProperty().get();
        if (viewModel.document().correctingProperty().get() && Shortcut.APPLY_CORRECTION.matches(event)) {
            document.applyCorrection();
            event.consume();
        } else if (Shortcut.FIND.matches(event) || Shortcut.REPLACE.matches(event)) {
            document.openFind(Shortcut.REPLACE.matches(event));
            event.consume();
        } else if (Shortcut.CORRECT_TEXT.matches(event)) {
            document.startCorrection();
            event.consume();
        } else if (Shortcut.REDO.matches(event) || Shortcut.REDO_Y.matches(event)) {
            if (!inField) {
                viewModel.undo().redo();
                event.consume();
            }
        } else if (Shortcut.UNDO.matches(event)) {
            if (!inField) {
                viewModel.undo().undo();
                event.consume();
            }
        } else if (Shortcut.CODE_WITH.matches(event)) {
            document.codeWithChosen();
            event.consume();
        } else if (Shortcut.CODE.matches(event)) {
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

    /** « Édition › Préférences… »: the user's name. */
    public void showPreferences() {
        PreferencesView.show(owner[0], viewModel.preferences(), false);
    }

    /**
     * At the first start, asks who the user is (the name offered is the system's); afterwards, does nothing.
     * Returns whether it asked.
     */
    public boolean askIdentityIfFirstStart() {
        if (!viewModel.preferences().firstStart()) {
            return false;
        }
        PreferencesView.show(owner[0], viewModel.preferences(), true);
        return true;
    }

    /** « Projet › Locuteurs… » and « Projet › Cas et attributs… », for the window tests. */
    public void showSpeakers() {
        tools.showSpeakers();
    }

    public void showCases() {
        tools.showCases();
    }

    /** « Projet › Restaurer une sauvegarde… », for the window tests. */
    public void showRestore() {
        tools.showRestore();
    }

    /** Fichier › Importer and Exporter: the window tests start an import here, past the native choosers. */
    /** « Fichier › Fusionner une copie… » (the window tests start a merge here). */
    public org.terrain.app.ui.merge.MergeView mergeView() {
        return merge;
    }

    public ExchangeView exchangeView() {
        return exchange;
    }

    /** Fichier › Envoyer en relecture…, Verser une relecture…, Ouvrir une relecture… (review mode, own window). */
    private java.util.List<MenuItem> reviewItems() {
        javafx.stage.FileChooser.ExtensionFilter packages = new javafx.stage.FileChooser.ExtensionFilter(
                UiText.get("review.file_type"), "*.terrain-review");
        MenuItem send = new MenuItem(UiText.get("menu.file.send_review"), new FontIcon(Feather.SEND));
        send.setId("menu-send-review");
        send.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(packages);
            chooser.setInitialFileName("relecture.terrain-review");
            // which excerpts: every coding, or one code's (with its sub-codes); the code selected in the tree first
            String all = UiText.get("review.send.all");
            java.util.List<String> choices = new java.util.ArrayList<>(java.util.List.of(all));
            viewModel.codes().entries().forEach(entry -> choices.add(entry.path().toString()));
            org.terrain.codingschemes.CodePath current = viewModel.codes().currentProperty().get();
            javafx.scene.control.ChoiceDialog<String> which = new javafx.scene.control.ChoiceDialog<>(
                    current == null ? all : current.toString(), choices);
            which.setTitle(UiText.get("menu.file.send_review"));
            which.setHeaderText(UiText.get("review.send.which"));
            which.initOwner(scene.getWindow());
            which.showAndWait().ifPresent(choice -> FileDialogs.save(chooser, scene.getWindow())
                    .ifPresent(out -> viewModel.reviews().send(out, choice.equals(all) ? null : choice)));
        });
        MenuItem merge = new MenuItem(UiText.get("menu.file.merge_review"), new FontIcon(Feather.INBOX));
        merge.setId("menu-merge-review");
        merge.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(packages);
            FileDialogs.open(chooser, scene.getWindow()).ifPresent(file -> viewModel.reviews().merge(file));
        });
        MenuItem open = new MenuItem(UiText.get("menu.file.open_review"), new FontIcon(Feather.CHECK_SQUARE));
        open.setId("menu-open-review");
        open.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(packages);
            FileDialogs.open(chooser, scene.getWindow()).ifPresent(file -> org.terrain.app.ui.review.ReviewWindow.show(
                    new javafx.stage.Stage(), file, viewModel.reviews().identityIdProperty().get(),
                    java.util.Objects.requireNonNullElse(viewModel.reviews().identityNameProperty().get(),
                            System.getProperty("user.name", "?"))));
        });
        return java.util.List.of(send, merge, open);
    }

    /** « Outils › Pseudonymisation… »: the tab of the suggestions and the pseudonym table, brought forward. */
    public void showPseudonyms() {
        toolTabs.getSelectionModel().select(pseudonymsTab);
    }

    private MenuBar menuBar() {
        MenuItem export = new MenuItem(UiText.get("menu.file.export"), new FontIcon(Feather.DOWNLOAD));
        export.setAccelerator(Shortcut.EXPORT_SEGMENTS.combination());
        export.setOnAction(event -> segments.exportCsv());
        MenuItem quit = new MenuItem(UiText.get("menu.file.quit"));
        quit.setAccelerator(Shortcut.QUIT.combination());
        quit.setOnAction(event -> Platform.exit());
        Menu file = new Menu(UiText.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(projects.items());
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(exchange.items());
        file.getItems().add(merge.item());
        file.getItems().addAll(new SeparatorMenuItem(), export, new SeparatorMenuItem());
        file.getItems().addAll(reviewItems());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        // The accelerators only label the items: the scene's filter does the work (see shortcuts). Their labels
        // name user data (« import de « ESLO1_INTPERS_421_C.txt » »): no underscore of it is a mnemonic.
        MenuItem undo = new MenuItem();
        undo.setMnemonicParsing(false);
        undo.setId("menu-undo");
        undo.textProperty().bind(viewModel.undo().undoTextProperty());
        undo.disableProperty().bind(viewModel.undo().canUndoProperty().not());
        undo.setAccelerator(Shortcut.UNDO.combination());
        undo.setOnAction(event -> viewModel.undo().undo());
        MenuItem redo = new MenuItem();
        redo.setMnemonicParsing(false);
        redo.setId("menu-redo");
        redo.textProperty().bind(viewModel.undo().redoTextProperty());
        redo.disableProperty().bind(viewModel.undo().canRedoProperty().not());
        redo.setAccelerator(Shortcut.REDO.combination());
        redo.setOnAction(event -> viewModel.undo().redo());
        MenuItem find = new MenuItem(UiText.get("menu.edit.find"), new FontIcon(Feather.SEARCH));
        find.setId("menu-find");
        find.setAccelerator(Shortcut.FIND.combination());
        find.setOnAction(event -> document.openFind(false));
        MenuItem replace = new MenuItem(UiText.get("menu.edit.replace"), new FontIcon(Feather.REPEAT));
        replace.setId("menu-replace");
        replace.setAccelerator(Shortcut.REPLACE.combination());
        replace.setOnAction(event -> document.openFind(true));
        MenuItem preferences = new MenuItem(UiText.get("menu.edit.preferences"), new FontIcon(Feather.USER));
        preferences.setId("menu-preferences");
        preferences.setOnAction(event -> showPreferences());
        Menu edit = new Menu(UiText.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), find, replace,
                new SeparatorMenuItem(), preferences);

        MenuItem code = new MenuItem(UiText.get("menu.coding.code"), new FontIcon(Feather.TAG));
        code.setAccelerator(Shortcut.CODE.combination());
        code.setOnAction(event -> viewModel.document().codeSelection());
        MenuItem codeWith = new MenuItem(UiText.get("menu.coding.code_with"), new FontIcon(Feather.SEARCH));
        codeWith.setAccelerator(Shortcut.CODE_WITH.combination());
        codeWith.setOnAction(event -> document.codeWithChosen());
        MenuItem newCode = new MenuItem(UiText.get("menu.coding.new_code"), new FontIcon(Feather.PLUS));
        newCode.setAccelerator(Shortcut.NEW_CODE.combination());
        newCode.setOnAction(event -> codes.createUnder(viewModel.codes().currentProperty().get()));
        Menu coding = new Menu(UiText.get("menu.coding"), null, code, codeWith, new SeparatorMenuItem(), newCode);

        MenuItem keys = new MenuItem(UiText.get("menu.help.shortcuts"), new FontIcon(Feather.COMMAND));
        keys.setId("menu-shortcuts");
        keys.setAccelerator(Shortcut.HELP.combination());
        keys.setOnAction(event -> ShortcutsView.show(scene.getWindow()));
        Menu help = new Menu(UiText.get("menu.help"), null, keys);
        Menu toolsMenu = new Menu(UiText.get("menu.tools"), null, language.items().toArray(MenuItem[]::new));
        toolsMenu.setId("menu-tools");
        // Until a preferences dialog exists, the one coding preference is a tick in this menu.
        CheckMenuItem snap = new CheckMenuItem(UiText.get("menu.tools.snap_to_words"));
        snap.setId("menu-snap-to-words");
        snap.selectedProperty().bindBidirectional(viewModel.document().snapToWordsProperty());
        toolsMenu.getItems().addAll(new SeparatorMenuItem(), snap);
        MenuItem pseudonyms = new MenuItem(UiText.get("menu.tools.pseudonyms"), new FontIcon(Feather.SHIELD));
        pseudonyms.setId("menu-pseudonyms");
        pseudonyms.setOnAction(event -> showPseudonyms());
        toolsMenu.getItems().addAll(new SeparatorMenuItem(), pseudonyms);
        // « Affichage »: how the document is read; the pseudonymised text is the one every export carries.
        CheckMenuItem pseudonymised = new CheckMenuItem(UiText.get("menu.view.pseudonymised"));
        pseudonymised.setId("menu-view-pseudonymised");
        pseudonymised.selectedProperty().bindBidirectional(viewModel.document().pseudonymisedProperty());
        // Blind mode hides other coders' codings wherever codings are read while coding: the text and the list.
        CheckMenuItem blind = new CheckMenuItem(UiText.get("menu.view.blind"));
        blind.setId("menu-blind");
        blind.selectedProperty().bindBidirectional(viewModel.document().blindProperty());
        viewModel.segments().blindProperty().bind(viewModel.document().blindProperty());
        Menu view = new Menu(UiText.get("menu.view"), null, pseudonymised, blind);
        view.setId("menu-view");
        MenuBar bar = new MenuBar(file, edit, view, coding, tools.menu(), toolsMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }
}
