package org.terrain.app.ui.pseudonyms;


/**
 * One line of the pseudonym table as the view lists it.
 *
 * @param caseName    the case whose sources it applies to, or null for the whole project
 * @param occurrences how many times the table's matcher finds it in the sources of its scope
 */
public record EntryRow(String original, String replacement, NameCategory category, String caseName,
                       int occurrences) {
}
