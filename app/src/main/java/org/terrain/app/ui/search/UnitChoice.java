package org.terrain.app.ui.search;

import org.terrain.app.ui.common.UiText;

/** How much text coding all occurrences codes around each: the occurrence, its sentence, turn or paragraph. */
public enum UnitChoice {
    OCCURRENCE, SENTENCE, TURN, PARAGRAPH;

    /** « occurrence », « phrase », « tour de parole », « paragraphe ». */
    public String label() {
        return UiText.get("search.unit." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
