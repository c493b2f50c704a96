package org.terrain.app.ui.document;

/**
 * How a run of the document is drawn: its role (a CSS class {@code piece-<role>}: speech, a turn's label or
 * time, a header note…), when coded the tint behind it, when a named entity is shown there its type
 * (underlined in the type's colour, CSS class {@code entity-<type>}), and whether it is a match of
 * « Rechercher dans le document » (CSS class {@code found}, highlighted over the tint).
 *
 * @param tint   {@code #RRGGBB}, or null when the run is not coded
 * @param entity {@code PER}, {@code LOC}, {@code ORG}, {@code MISC}, or null when no entity is shown there
 */
public record RunStyle(String role, String tint, String entity, boolean found) {
    public static final RunStyle PLAIN = new RunStyle("plain", null);

    public RunStyle(String role, String tint) {
        this(role, tint, null, false);
    }

    public RunStyle(String role, String tint, String entity) {
        this(role, tint, entity, false);
    }

    public boolean isCoded() {
        return tint != null;
    }

    public boolean isEntity() {
        return entity != null;
    }

    /** The same run with an entity of {@code type} shown over it (null: none). */
    public RunStyle withEntity(String type) {
        return new RunStyle(role, tint, type, found);
    }

    /** The same run, highlighted as a match of the find bar or not. */
    public RunStyle withFound(boolean value) {
        return new RunStyle(role, tint, entity, value);
    }
}
