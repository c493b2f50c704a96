package org.terrain.app.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The detail of the import report: why a file was skipped or failed is a sentence that names the file and the
 * reason, often longer than the column; it wraps on as many lines as it needs, never cut, and hovering it shows
 * it whole. A text node wrapped at the cell's width, since a table cell's own wrapping keeps the row one line
 * high and cuts the rest.
 */
final class ReasonCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    ReasonCell() {
        text.getStyleClass().add("text");
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()),
                widthProperty(), paddingProperty()));
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty()); // the theme's colour, selected rows included
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String reason, boolean empty) {
        super.updateItem(reason, empty);
        boolean none = empty || reason == null;
        text.setText(none ? "" : reason);
        setGraphic(none ? null : text);
        setTooltip(none ? null : tooltip(reason));
    }

    private static Tooltip tooltip(String reason) {
        Tooltip tooltip = new Tooltip(reason);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        return tooltip;
    }
}
