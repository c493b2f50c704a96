package org.terrain.app.ui.search;

import org.terrain.app.ui.common.UiText;

/** The kinds of source a search can be limited to, as the filter offers them. */
public enum KindChoice {
    ALL, INTERVIEW, OBSERVATION, DISCOURSE, OTHER;

    /** « tous », « entretiens »… */
    public String label() {
        return UiText.get("search.kind." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
