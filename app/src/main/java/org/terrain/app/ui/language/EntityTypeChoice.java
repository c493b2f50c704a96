package org.terrain.app.ui.language;

/** The entity list's type filter: every type, or one. */
public enum EntityTypeChoice {
    ALL(null), PER("PER"), LOC("LOC"), ORG("ORG"), MISC("MISC");

    private final String type;

    EntityTypeChoice(String type) {
        this.type = type;
    }

    /** The type the store filters on; null for all. */
    public String type() {
        return type;
    }
}
