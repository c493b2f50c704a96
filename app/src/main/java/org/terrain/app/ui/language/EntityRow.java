package org.terrain.app.ui.language;

import java.util.List;

/**
 * One entity of the project as the list shows it: its words, its type ({@code PER}, {@code LOC}, {@code ORG},
 * {@code MISC}), how many times it is mentioned, and the sources that mention it (by name, sorted).
 */
public record EntityRow(String text, String type, int count, List<String> sources) {
}
