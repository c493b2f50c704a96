package org.terrain.app.ui.search;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableNumberValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.terrain.app.ui.common.UiText;

/**
 * An occurrence on one line, as a concordance shows it: source · speaker, then the left context
 * (right-aligned, so that the matches line up), the match in bold and the right context.
 */
final class KwicLine extends HBox {
    private static final double WHERE_WIDTH = 210;
    private final Label where = new Label();
    private final Label left = new Label();
    private final Label match = new Label();
    private final Label right = new Label();

    /** @param width the width the line has (its list's), which the left context takes 45 % of */
    KwicLine(ObservableNumberValue width) {
        where.getStyleClass().add("segment-where");
        where.setMinWidth(Region.USE_PREF_SIZE);
        where.setPrefWidth(WHERE_WIDTH);
        where.setMaxWidth(WHERE_WIDTH);
        // cut in the middle: the source's name may be long, the speaker at the end must show
        where.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        left.setAlignment(Pos.CENTER_RIGHT);
        left.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        left.getStyleClass().add("search-left");
        left.minWidthProperty().bind(Bindings.max(0, Bindings.subtract(width, WHERE_WIDTH + 40).multiply(0.45)));
        left.prefWidthProperty().bind(left.minWidthProperty());
        left.maxWidthProperty().bind(left.minWidthProperty());
        match.setStyle("-fx-font-weight: bold;");
        match.getStyleClass().add("search-match");
        match.setMinWidth(Region.USE_PREF_SIZE);
        right.setTextOverrun(OverrunStyle.ELLIPSIS);
        right.getStyleClass().add("search-right");
        right.setMinWidth(0);
        right.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(where, left, match, right);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
    }

    void show(SearchLine line) {
        String source = line.speaker().isEmpty() ? line.source()
                : UiText.get("segments.where", line.source(), line.speaker());
        where.setText(source);
        where.setTooltip(new Tooltip(source));
        left.setText(line.left());
        match.setText(line.match());
        right.setText(line.right());
    }
}
