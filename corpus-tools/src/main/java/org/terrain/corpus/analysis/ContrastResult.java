package org.terrain.corpus.analysis;

import java.util.List;

/** Tokens of each side and the rows, sorted by score, highest first. */
public record ContrastResult(long aTokens, long bTokens, List<ContrastRow> rows) {
}
