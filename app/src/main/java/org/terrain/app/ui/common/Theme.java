package org.terrain.app.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** The one theme (AtlantaFX Primer Light) plus Terrain's own sheet, which only adds what the theme lacks. */
public final class Theme {
    private static final String OWN_SHEET = "/org/terrain/app/ui/terrain.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource(OWN_SHEET).toExternalForm());
    }

    /** Terrain's sheet on a dialog's pane, which lives in a scene of its own. */
    public static void apply(Parent root) {
        root.getStylesheets().add(Theme.class.getResource(OWN_SHEET).toExternalForm());
    }
}
