package org.terrain.app.ui.document;

/**
 * How a run of the document is drawn: its role (a CSS class {@code piece-<role>}: speech, a turn's label or
 * time, a header note…) and, when coded, the tint behind it.
 *
 * @param tint {@code #RRGGBB}, or null when the run is not coded
 */
public record RunStyle(String role, String tint) {
    public static final RunStyle PLAIN = new RunStyle("plain", null);

    public boolean isCoded() {
        return tint != null;
    }
}
