package org.terrain.app.ui.cases;

import java.util.Locale;
import org.terrain.app.ui.common.UiText;

/** The type of an attribute as the table offers it (the engine checks every value against it). */
public enum ColumnType {
    TEXT, INTEGER, FLOAT, DATE, BOOLEAN;

    /** « texte », « nombre entier »… */
    public String label() {
        return UiText.get("cases.type." + name().toLowerCase(Locale.ROOT));
    }
}
