package org.terrain.corpus.analysis;

import java.util.List;

/**
 * One occurrence of a term on one side of a contrast, with its concordance line and the codes of the segments
 * that cover it, so that a word of the statistics leads to the coded excerpt.
 *
 * @param side  "a" or "b"
 * @param codes paths of the codes whose segments contain this occurrence
 */
public record ConcordanceLine(String side, String source, String speaker, int start, int end, String left,
                              String match, String right, List<String> codes) {
}
