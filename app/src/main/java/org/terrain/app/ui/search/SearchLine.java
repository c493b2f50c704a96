package org.terrain.app.ui.search;

/**
 * One occurrence as the concordance (KWIC) shows it: the words before, the match, the words after, on one line,
 * with its source and speaker.
 *
 * @param speaker who speaks there, or "" outside turns
 * @param start   first code point of the match in the source
 * @param end     code point after the match
 */
public record SearchLine(String source, String speaker, String left, String match, String right, int start,
                         int end) {
}
