package org.terrain.corpus.analysis;

import java.util.List;

/**
 * The agreement of two coders.
 *
 * @param coderA  a coder by name, id or guid
 * @param coderB  the other
 * @param codes   code paths, each compared with its sub-codes, one row each; empty: every code either coder used
 * @param sources source names; empty: every source
 * @param overlapPercent MAXQDA's threshold for segment agreement, 0–100 (90 by default)
 * @param codedByBoth keep only the sources where both coders coded something (a second coder who coded a share
 *                    of the interviews), instead of every source considered
 */
public record AgreementRequest(String coderA, String coderB, List<String> codes, List<String> sources,
                               double overlapPercent, boolean codedByBoth) {
    public static final double DEFAULT_OVERLAP = 90;

    public AgreementRequest {
        codes = codes == null ? List.of() : List.copyOf(codes);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public AgreementRequest(String coderA, String coderB) {
        this(coderA, coderB, List.of(), List.of(), DEFAULT_OVERLAP, false);
    }
}
