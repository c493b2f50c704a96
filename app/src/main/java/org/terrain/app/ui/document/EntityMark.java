package org.terrain.app.ui.document;

/**
 * A named entity mention as the document draws it: where it is in the shown text, its type ({@code PER},
 * {@code LOC}, {@code ORG}, {@code MISC}) and its words.
 */
public record EntityMark(TextRange range, String type, String text) {
}
