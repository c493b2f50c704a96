package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/**
 * The left margin of one paragraph: a vertical stripe in the code's colour for each coding that crosses it, in
 * the coding's lane, from the line where the coding starts to the line where it ends. Built by the area's
 * paragraph graphic factory for the paragraphs on screen only. The stripes find their lines in the paragraph's
 * text flow, which the area lays out just before its graphic.
 */
final class CodingMargin extends Region {
    /** What a stripe does when hovered, clicked or right-clicked. */
    interface Actions {
        void select(Coding coding);

        void showMenu(Coding coding, Node anchor, double screenX, double screenY);
    }

    static final double STRIPE = 5;
    static final double GAP = 3;
    static final double LEFT = 8;
    static final double RIGHT = 14;
    /** Room for two lanes even before any coding, so that the text does not move when the first comes. */
    static final int MIN_LANES = 2;
    private static final double RADIUS = 2.5;

    private final List<MarginMark> marks;
    private final List<Region> stripes = new ArrayList<>();

    CodingMargin(List<MarginMark> marks, int lanes, Actions actions) {
        this.marks = marks;
        getStyleClass().add("coding-margin");
        double width = width(lanes);
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
        for (MarginMark mark : marks) {
            Coding coding = mark.coding();
            Region stripe = new Region();
            stripe.getStyleClass().add("coding-stripe");
            stripe.setUserData(mark);
            double top = mark.startsHere() ? RADIUS : 0;
            double bottom = mark.endsHere() ? RADIUS : 0;
            stripe.setBackground(new Background(new BackgroundFill(color(coding.color()),
                    new CornerRadii(top, top, bottom, bottom, false), Insets.EMPTY)));
            if (coding.reviews() > 0) {
                stripe.getStyleClass().add("coding-stripe-reviewed"); // a supervisor's verdict waits on it (terrain.css)
            }
            stripe.setCursor(Cursor.HAND);
            Tooltip tip = new Tooltip(coding.description());
            tip.setShowDelay(Duration.millis(250));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(stripe, tip);
            stripe.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    actions.select(coding);
                    event.consume();
                }
            });
            stripe.setOnContextMenuRequested(event -> {
                actions.showMenu(coding, stripe, event.getScreenX(), event.getScreenY());
                event.consume();
            });
            stripes.add(stripe);
        }
        getChildren().setAll(stripes);
    }

    static double width(int lanes) {
        return LEFT + Math.max(lanes, MIN_LANES) * (STRIPE + GAP) + RIGHT;
    }

    static double laneX(int lane) {
        return LEFT + lane * (STRIPE + GAP);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        TextFlow flow = flow();
        double height = getHeight();
        for (int i = 0; i < stripes.size(); i++) {
            MarginMark mark = marks.get(i);
            double top = 0;
            double bottom = height;
            double[] lines = flow == null ? null : lines(flow, mark);
            if (lines != null) {
                double shift = flow.getLayoutY() - getLayoutY();
                if (mark.startsHere()) {
                    top = Math.max(0, lines[0] + shift);
                }
                if (mark.endsHere()) {
                    bottom = Math.min(height, lines[1] + shift);
                }
            }
            // A hair of space where a coding starts or ends, so that two codings in one lane read as two.
            top += mark.startsHere() ? 1 : 0;
            bottom -= mark.endsHere() ? 1 : 0;
            stripes.get(i).resizeRelocate(laneX(mark.lane()), top, STRIPE, Math.max(4, bottom - top));
        }
    }

    /** The paragraph's text, beside this margin in the area's paragraph box. */
    private TextFlow flow() {
        if (getParent() == null) {
            return null;
        }
        for (Node sibling : getParent().getChildrenUnmodifiable()) {
            if (sibling instanceof TextFlow flow) {
                return flow;
            }
        }
        return null;
    }

    /** Top and bottom, in the flow, of the lines the mark's range is on; null when the flow cannot tell. */
    private static double[] lines(TextFlow flow, MarginMark mark) {
        flow.layout();
        int end = Math.max(mark.end(), mark.start() + 1);
        PathElement[] shape = flow.getRangeShape(mark.start(), end, false);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (PathElement element : shape) {
            double y = switch (element) {
                case MoveTo move -> move.getY();
                case LineTo line -> line.getY();
                default -> Double.NaN;
            };
            if (!Double.isNaN(y)) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        return min <= max ? new double[] {min, max} : null;
    }

    private static Color color(String hex) {
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }
}
