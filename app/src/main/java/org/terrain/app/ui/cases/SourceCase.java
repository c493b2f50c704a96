package org.terrain.app.ui.cases;

/** A source and the case it belongs to ("" for none), for the table that assigns sources to cases. */
public record SourceCase(String source, String caseName) {
}
