package org.terrain.app.ui.pseudonyms;

/**
 * What a name is, as the « Pseudonymisation » tab shows and chooses it: the engine's pseudonym categories by
 * their ids, so that the view never reaches the engine.
 */
public enum NameCategory {
    PERSON("person"), PLACE("place"), ORGANISATION("organisation"), OTHER("other");

    private final String id;

    NameCategory(String id) {
        this.id = id;
    }

    /** person, place, organisation, other: the engine's ids and the bundle's keys. */
    public String id() {
        return id;
    }

    /** The category of this id; {@link #OTHER} for an id it does not know. */
    public static NameCategory of(String id) {
        for (NameCategory category : values()) {
            if (category.id.equals(id)) {
                return category;
            }
        }
        return OTHER;
    }
}
