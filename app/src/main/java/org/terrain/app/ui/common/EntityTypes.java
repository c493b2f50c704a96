package org.terrain.app.ui.common;

import java.util.List;
import java.util.Locale;

/** The named entity types the French model finds, as the document and the entity list show them. */
public final class EntityTypes {
    /** In the legend's order. */
    public static final List<String> ALL = List.of("PER", "LOC", "ORG", "MISC");

    private EntityTypes() {
    }

    /** « personne », « lieu », « organisation », « divers »; the type itself when the interface has no word for it. */
    public static String name(String type) {
        return ALL.contains(type) ? UiText.get("entities.type." + type) : type;
    }

    /** {@code entity-per}, {@code entity-loc}…: the CSS class giving a type its colour. */
    public static String styleClass(String type) {
        return "entity-" + type.toLowerCase(Locale.ROOT);
    }
}
