package org.terrain.app.ui.search;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * An occurrence « Coder toutes les occurrences » lists before coding, for the user to untick: its concordance
 * line, the words coding it would code (the occurrence, or its sentence, turn or paragraph), and whether an
 * interviewer said it. Ticked at first.
 */
public final class ReviewLine {
    private final SearchLine line;
    private final String coded;
    private final boolean interviewer;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);

    public ReviewLine(SearchLine line, String coded, boolean interviewer) {
        this.line = line;
        this.coded = coded;
        this.interviewer = interviewer;
    }

    public SearchLine line() {
        return line;
    }

    /** The words that coding this occurrence codes. */
    public String coded() {
        return coded;
    }

    public boolean interviewer() {
        return interviewer;
    }

    /** Whether it is coded (the tick box); FX thread only. */
    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }
}
