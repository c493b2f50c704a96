package org.terrain.app.ui.codes;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** A code's colour as a small rounded square, the way the tree and lists show it. */
final class Swatch {
    private static final double SIZE = 12;

    private Swatch() {
    }

    static Region of(String color) {
        Region swatch = new Region();
        swatch.getStyleClass().add("code-swatch");
        swatch.setMinSize(SIZE, SIZE);
        swatch.setPrefSize(SIZE, SIZE);
        swatch.setMaxSize(SIZE, SIZE);
        swatch.setBackground(new Background(new BackgroundFill(parse(color), new CornerRadii(3), Insets.EMPTY)));
        return swatch;
    }

    static Color parse(String color) {
        try {
            return Color.web(color);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }
}
