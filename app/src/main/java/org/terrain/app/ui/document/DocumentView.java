package org.terrain.app.ui.document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.EntityTypes;
import org.terrain.app.ui.common.CodeTransfer;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * The selected source, read-only, in a RichTextFX area: turn labels and times apart from speech, coded text
 * tinted with its code's colour (mixed where codings overlap), and a margin of stripes, one lane per
 * overlapping coding. Hovering coded text or a stripe tells the code and the memo; clicking a stripe selects
 * the segment. A selection is coded by dropping a code from the tree on it, by Ctrl+Entrée (the selected code)
 * or from the context menu, which also removes a coding or edits its memo. On demand ({@link EntityBar}), the
 * named entities are underlined in their type's colour, over the tints. Ctrl+F opens a find bar over the
 * text ({@link FindBar}: matches highlighted, next and previous), Ctrl+H the same with replacing. Styles arrive
 * computed from the ViewModel and are applied in one call.
 */
public final class DocumentView extends BorderPane implements CodingMargin.Actions {
    private static final Duration HOVER_DELAY = Duration.ofMillis(350);

    private final DocumentViewModel viewModel;
    private final BiFunction<Window, String, Optional<CodePath>> chooser;
    private final StyledTextArea<Boolean, RunStyle> area;
    private final Tooltip hover = new Tooltip();
    private final ContextMenu menu = new ContextMenu();
    private final FindViewModel find;
    private final FindBar findBar;

    /**
     * @param find    what the find bar looks for in the text (Ctrl+F) and replaces (Ctrl+H)
     * @param chooser asks the user for a code (with a title), for "Coder avec…"
     */
    public DocumentView(DocumentViewModel viewModel, FindViewModel find,
                        BiFunction<Window, String, Optional<CodePath>> chooser) {
        this.viewModel = viewModel;
        this.find = find;
        this.chooser = chooser;
        getStyleClass().add("document-view");

        Label title = new Label();
        title.setId("document-title");
        title.getStyleClass().add("document-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("document-subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        subtitle.setWrapText(true);
        HBox bars = new HBox(16, new EntityBar(viewModel), new PseudonymBar(viewModel));
        VBox heading = new VBox(2, title, subtitle, bars, new CoderChoice(viewModel));
        heading.getStyleClass().add("document-heading");
        heading.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());
        heading.managedProperty().bind(heading.visibleProperty());

        area = new StyledTextArea<>(Boolean.FALSE, (flow, style) -> { }, RunStyle.PLAIN, DocumentView::applyStyle);
        area.setId("document-text");
        area.getStyleClass().add("document-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::showHover);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
        area.selectionProperty().addListener((observable, before, range) ->
                viewModel.selectionProperty().set(new TextRange(range.getStart(), range.getEnd())));
        // A right click keeps the selection (it is what the context menu codes); stripes have menus of their own.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.SECONDARY && !inMargin(event.getTarget())) {
                event.consume();
            }
        });
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showContextMenu);
        area.setOnDragOver(event -> {
            if (CodeTransfer.path(event.getDragboard()) != null && !viewModel.selectionProperty().get().isEmpty()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        area.setOnDragDropped(event -> {
            String path = CodeTransfer.path(event.getDragboard());
            boolean coded = path != null && !viewModel.selectionProperty().get().isEmpty();
            if (coded) {
                viewModel.code(viewModel.selectionProperty().get(), CodePath.parse(path));
            }
            event.setDropCompleted(coded);
            event.consume();
        });
        hover.setWrapText(true);
        hover.setMaxWidth(420);
        hover.getStyleClass().add("coding-hover");
        menu.setId("document-menu");

        VirtualizedScrollPane<StyledTextArea<Boolean, RunStyle>> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("document-scroll");

        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(480);
        placeholder.visibleProperty().bind(viewModel.titleProperty().isEmpty());
        scroll.visibleProperty().bind(placeholder.visibleProperty().not());

        findBar = new FindBar(find, viewModel.correctingProperty());
        findBar.setOnClose(area::requestFocus);
        setTop(new VBox(heading, correctionBar(), findBar));
        setCenter(new StackPane(scroll, placeholder));
        viewModel.correctingProperty().addListener((observable, before, on) -> correcting(on));
        viewModel.correctedProperty().addListener((observable, before, done) -> {
            if (done != null && !done.removedCodings().isEmpty()) {
                showRemoved(done);
            }
        });
        viewModel.contentProperty().addListener((observable, before, content) -> showText(content));
        viewModel.layerProperty().addListener((observable, before, layer) -> showLayer(layer));
        viewModel.entitiesProperty().addListener((observable, before, entities) ->
                showStyles(viewModel.layerProperty().get()));
        find.currentProperty().addListener((observable, before, range) -> {
            if (range != null) {
                showMatch(range);
            }
        });
        find.matches().addListener((javafx.collections.ListChangeListener<TextRange>) change ->
                showStyles(viewModel.layerProperty().get()));
        viewModel.snappedProperty().addListener((observable, before, range) -> {
            if (range != null && range.end() <= area.getLength()) {
                area.selectRange(range.start(), range.end());
            }
        });
        viewModel.revealedProperty().addListener((observable, before, range) -> {
            if (range != null) {
                reveal(range);
            }
        });
        showText(viewModel.contentProperty().get());
    }

    /** « Correction du texte » with « Appliquer » and « Abandonner », shown while the text is open to edits. */
    private HBox correctionBar() {
        Label what = new Label(UiText.get("correction.bar"));
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button apply = new Button(UiText.get("correction.apply"), new FontIcon(Feather.CHECK));
        apply.setId("correction-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(event -> applyCorrection());
        Button cancel = new Button(UiText.get("correction.cancel"), new FontIcon(Feather.X));
        cancel.setId("correction-cancel");
        cancel.setOnAction(event -> cancelCorrection());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, new FontIcon(Feather.EDIT_3), what, apply, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("correction-bar");
        bar.getStyleClass().add("correction-bar");
        bar.visibleProperty().bind(viewModel.correctingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Opens the find bar (Ctrl+F), or with its replace line (Ctrl+H), on the selected words if a few are. */
    public void openFind(boolean replacing) {
        findBar.open(replacing, area.getSelectedText());
    }

    /** Selects a match of the find bar and brings it into view, the focus left in the bar. */
    private void showMatch(TextRange range) {
        if (range.end() > area.getLength()) {
            return;
        }
        area.selectRange(range.start(), range.end());
        int paragraph = area.offsetToPosition(range.start(), TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphInViewport(paragraph);
    }

    /** Opens the shown text to correction (Ctrl+Maj+E). */
    public void startCorrection() {
        viewModel.startCorrection();
    }

    /** Stores the corrected text (Ctrl+S); the source is then shown again from the store. */
    public void applyCorrection() {
        viewModel.applyCorrection(area.getText());
    }

    /** Leaves the correction: the stored text comes back as it was. */
    public void cancelCorrection() {
        viewModel.cancelCorrection();
        showText(viewModel.contentProperty().get());
    }

    /** While correcting, the area takes typing and keeps its own typing undo; otherwise it is read-only. */
    private void correcting(boolean on) {
        hover.hide();
        area.setEditable(on);
        area.setUndoManager(on ? UndoUtils.plainTextUndoManager(area) : UndoUtils.noOpUndoManager());
        if (on) {
            area.getStyleClass().add("correcting");
            area.requestFocus();
        } else {
            area.getStyleClass().remove("correcting");
        }
    }

    /** The codings a correction removed, named: a coding is never dropped without the user being told. */
    private void showRemoved(Correction done) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(done.removedCodings()));
        list.setId("correction-removed-list");
        list.setPrefSize(480, Math.min(260, 40 + 28 * done.removedCodings().size()));
        Label hint = new Label(UiText.get("correction.removed.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(window());
        alert.setTitle(UiText.get("correction.removed.title"));
        alert.setHeaderText(UiText.get("correction.removed.header", done.removedCodings().size(), done.source()));
        alert.getDialogPane().setContent(new VBox(10, list, hint));
        alert.getDialogPane().getButtonTypes().setAll(DialogButtons.OK);
        alert.getDialogPane().setId("correction-removed");
        Theme.apply(alert.getDialogPane());
        alert.show();
    }

    private static void applyStyle(TextExt text, RunStyle style) {
        text.getStyleClass().addAll("piece", "piece-" + style.role());
        if (style.found()) {
            text.getStyleClass().add("found"); // its highlight (CSS) over the tint
        } else if (style.isCoded()) {
            text.getStyleClass().add("piece-coded");
            text.setBackgroundColor(Color.web(style.tint()));
        }
        if (style.isEntity()) {
            text.getStyleClass().addAll("entity", EntityTypes.styleClass(style.entity()));
        }
    }

    private void showText(DocumentContent content) {
        hover.hide();
        area.replaceText(content.text());
        area.moveTo(0);
        area.showParagraphAtTop(0);
        showLayer(viewModel.layerProperty().get());
        // The find bar found its matches in this text before it was drawn (a replacement, another source).
        TextRange match = find.currentProperty().get();
        if (findBar.isVisible() && match != null) {
            showMatch(match);
        }
    }

    /**
     * Styles and margins in one go, the text left as it is (and so the reader's place); the entities, when
     * shown, over the codings' styles.
     */
    private void showLayer(CodingLayer layer) {
        if (showStyles(layer)) {
            area.setParagraphGraphicFactory(paragraph -> new CodingMargin(layer.marks(paragraph), layer.laneCount(),
                    this));
        }
    }

    /** The styles alone: entities shown or hidden leave the margins (and the reader's place) as they are. */
    private boolean showStyles(CodingLayer layer) {
        if (layer.styles().length() != area.getLength()) {
            return false;
        }
        if (area.getLength() > 0) {
            area.setStyleSpans(0, FoundLayer.over(viewModel.entitiesProperty().get().over(layer.styles()),
                    find.matches()));
        }
        return true;
    }

    private void reveal(TextRange range) {
        if (range.end() > area.getLength()) {
            return;
        }
        int paragraph = area.offsetToPosition(range.start(), TwoDimensional.Bias.Forward).getMajor();
        area.selectRange(range.start(), range.end());
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    private void showHover(MouseOverTextEvent event) {
        List<String> here = new ArrayList<>();
        viewModel.entitiesAt(event.getCharacterIndex()).forEach(entity -> here.add(EntityBar.description(entity)));
        viewModel.codingsAt(event.getCharacterIndex()).forEach(coding -> here.add(coding.description()));
        if (here.isEmpty() || menu.isShowing()) {
            return;
        }
        hover.setText(String.join("\n\n", here));
        Point2D at = event.getScreenPosition();
        hover.show(area, at.getX() + 14, at.getY() + 18);
    }

    private static boolean inMargin(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof CodingMargin) {
                return true;
            }
        }
        return false;
    }

    private void showContextMenu(ContextMenuEvent event) {
        if (inMargin(event.getTarget())) {
            return;
        }
        event.consume();
        hover.hide();
        CharacterHit hit = area.hit(event.getX(), event.getY());
        int index = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        menu.getItems().setAll(codingItems());
        List<Coding> here = viewModel.codingsAt(index);
        if (!here.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (Coding coding : here) {
                menu.getItems().addAll(codingActions(coding));
            }
        }
        menu.show(area, event.getScreenX(), event.getScreenY());
    }

    /** "Coder avec « Sécurité »" and "Coder avec…", for the selection. */
    private List<MenuItem> codingItems() {
        boolean selected = !viewModel.selectionProperty().get().isEmpty();
        CodePath current = viewModel.currentCodeProperty().get();
        MenuItem withCurrent = new MenuItem(current == null ? UiText.get("coding.menu.code_none")
                : UiText.get("coding.menu.code", current.name()), new FontIcon(Feather.TAG));
        withCurrent.setMnemonicParsing(false); // a code's name, whose underscores are its own
        withCurrent.setId("menu-code-current");
        withCurrent.setDisable(!selected || current == null);
        withCurrent.setOnAction(event -> viewModel.codeSelection());
        MenuItem withChosen = new MenuItem(UiText.get("coding.menu.code_with"), new FontIcon(Feather.SEARCH));
        withChosen.setId("menu-code-with");
        withChosen.setDisable(!selected);
        withChosen.setOnAction(event -> codeWithChosen());
        return List.of(withCurrent, withChosen);
    }

    private List<MenuItem> codingActions(Coding coding) {
        MenuItem uncode = new MenuItem(UiText.get("coding.menu.uncode", coding.code().name()),
                new FontIcon(Feather.X_CIRCLE));
        uncode.setMnemonicParsing(false);
        uncode.getStyleClass().add("menu-uncode");
        uncode.setOnAction(event -> viewModel.uncode(coding));
        MenuItem memo = new MenuItem(UiText.get("coding.menu.memo", coding.code().name()),
                new FontIcon(Feather.MESSAGE_SQUARE));
        memo.setMnemonicParsing(false);
        memo.getStyleClass().add("menu-memo");
        memo.setOnAction(event -> editMemo(coding));
        return List.of(uncode, memo);
    }

    /** Asks which code (a searchable list), then codes the selection with it. */
    public void codeWithChosen() {
        TextRange selection = viewModel.selectionProperty().get();
        if (selection.isEmpty()) {
            viewModel.code(selection, null);
            return;
        }
        chooser.apply(window(), UiText.get("coding.chooser.title")).ifPresent(code -> viewModel.code(selection, code));
    }

    private void editMemo(Coding coding) {
        TextArea text = new TextArea(coding.memo() == null ? "" : coding.memo());
        text.setId("memo-text");
        text.setWrapText(true);
        text.setPrefSize(440, 200);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(UiText.get("coding.memo.title"));
        dialog.setHeaderText(UiText.get("coding.memo.header", coding.code().toString()));
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.OK, DialogButtons.CANCEL);
        dialog.setResultConverter(button -> button == DialogButtons.OK ? text.getText() : null);
        Theme.apply(dialog.getDialogPane());
        Platform.runLater(text::requestFocus);
        dialog.showAndWait().ifPresent(memo -> viewModel.setMemo(coding, memo));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @Override
    public void select(Coding coding) {
        area.selectRange(coding.range().start(), coding.range().end());
        area.requestFocus();
    }

    @Override
    public void showMenu(Coding coding, Node anchor, double screenX, double screenY) {
        hover.hide();
        menu.getItems().setAll(codingActions(coding));
        menu.show(anchor, screenX, screenY);
    }

    /** The text area, for the window's shortcuts and for tests. */
    public StyledTextArea<Boolean, RunStyle> area() {
        return area;
    }
}
