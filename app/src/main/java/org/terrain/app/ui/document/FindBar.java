package org.terrain.app.ui.document;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.UiText;

/**
 * The find bar above the document: what to look for, « 2 sur 5 », previous and next (Entrée, Maj+Entrée), and
 * with Ctrl+H a second line to replace the current match or all of them. Échap closes it, which clears the
 * highlights. Hidden until Ctrl+F or Ctrl+H.
 */
final class FindBar extends VBox {
    private final FindViewModel viewModel;
    private final TextField query = new TextField();
    private final HBox replaceLine;
    private Runnable onClose = () -> { };

    FindBar(FindViewModel viewModel, ObservableBooleanValue correcting) {
        this.viewModel = viewModel;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setSpacing(4);

        query.setId("find-query");
        query.setPromptText(UiText.get("find.prompt"));
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    viewModel.previous();
                } else {
                    viewModel.next();
                }
                event.consume();
            }
        });
        HBox.setHgrow(query, Priority.ALWAYS);
        Label count = new Label();
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(viewModel.countProperty());
        Button previous = tool("find-previous", Feather.CHEVRON_UP, "find.previous.tooltip");
        previous.setOnAction(event -> viewModel.previous());
        Button next = tool("find-next", Feather.CHEVRON_DOWN, "find.next.tooltip");
        next.setOnAction(event -> viewModel.next());
        previous.disableProperty().bind(Bindings.isEmpty(viewModel.matches()));
        next.disableProperty().bind(Bindings.isEmpty(viewModel.matches()));
        Button close = tool("find-close", Feather.X, "find.close.tooltip");
        close.setOnAction(event -> close());
        HBox findLine = new HBox(6, new FontIcon(Feather.SEARCH), query, count, previous, next, close);
        findLine.setAlignment(Pos.CENTER_LEFT);

        TextField replacement = new TextField();
        replacement.setId("find-replacement");
        replacement.setPromptText(UiText.get("find.replacement.prompt"));
        replacement.textProperty().bindBidirectional(viewModel.replacementProperty());
        replacement.setOnAction(event -> viewModel.replace());
        HBox.setHgrow(replacement, Priority.ALWAYS);
        Button replace = new Button(UiText.get("find.replace"));
        replace.setId("find-replace");
        replace.setOnAction(event -> viewModel.replace());
        replace.disableProperty().bind(viewModel.currentProperty().isNull().or(correctingValue(correcting)));
        Button replaceAll = new Button(UiText.get("find.replace_all"));
        replaceAll.setId("find-replace-all");
        replaceAll.setTooltip(new Tooltip(UiText.get("find.replace_all.tooltip")));
        replaceAll.setOnAction(event -> viewModel.replaceAll());
        replaceAll.disableProperty().bind(Bindings.isEmpty(viewModel.matches()).or(correctingValue(correcting)));
        replace.setMinWidth(Region.USE_PREF_SIZE);
        replaceAll.setMinWidth(Region.USE_PREF_SIZE);
        FontIcon replaceIcon = new FontIcon(Feather.REPEAT);
        replaceLine = new HBox(6, replaceIcon, replacement, replace, replaceAll);
        replaceLine.setAlignment(Pos.CENTER_LEFT);
        replaceLine.managedProperty().bind(replaceLine.visibleProperty());

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        getChildren().addAll(findLine, replaceLine);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    private static javafx.beans.binding.BooleanBinding correctingValue(ObservableBooleanValue correcting) {
        return Bindings.createBooleanBinding(correcting::get, correcting);
    }

    private static Button tool(String id, Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "pane-tool");
        button.setTooltip(new Tooltip(UiText.get(tooltip)));
        return button;
    }

    /** Shows the bar (with the replace line or not), the query typed over, or {@code selected} when given. */
    void open(boolean replacing, String selected) {
        setVisible(true);
        replaceLine.setVisible(replacing);
        if (selected != null && !selected.isBlank() && selected.length() <= 100 && selected.indexOf('\n') < 0) {
            viewModel.queryProperty().set(selected);
        }
        query.requestFocus();
        query.selectAll();
    }

    /** Hides the bar; the matches go (no highlight left behind). */
    void close() {
        setVisible(false);
        viewModel.queryProperty().set("");
        onClose.run();
    }

    /** What happens once closed (the document takes the focus back). */
    void setOnClose(Runnable action) {
        this.onClose = action;
    }
}
