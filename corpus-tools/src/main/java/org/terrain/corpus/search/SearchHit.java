package org.terrain.corpus.search;

/**
 * One occurrence: where it is (code points of the source's canonical text, end exclusive), who said it, and
 * its concordance line (left context, the match, right context, each on one line).
 *
 * @param turn the turn's ordinal, or -1 outside transcripts
 */
public record SearchHit(String source, String kind, long sourceId, String speaker, int turn, int start, int end,
                        String left, String match, String right) {
}
