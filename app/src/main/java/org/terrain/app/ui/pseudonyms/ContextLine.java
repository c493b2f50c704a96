package org.terrain.app.ui.pseudonyms;

/** One occurrence of a name in its source, as a concordance shows it. */
public record ContextLine(String source, String left, String match, String right) {
}
