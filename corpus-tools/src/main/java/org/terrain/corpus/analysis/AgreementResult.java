package org.terrain.corpus.analysis;

import java.util.List;
import org.terrain.corpus.agreement.SegmentMatching;
import org.terrain.corpus.agreement.TwoByTwo;
import org.terrain.corpus.model.Coder;
import org.terrain.corpus.model.Span;

/**
 * Two coders' agreement: one row per code (and per source and code), the overall row, and the disagreements.
 *
 * @param units the code points of speech of the sources considered: every code's units
 */
public record AgreementResult(Coder a, Coder b, double overlapPercent, long units, List<String> sources,
                              List<Row> codes, Row overall, List<Row> bySource, List<Disagreement> disagreements) {
    /**
     * A code's figures, over every source considered ({@code source} null) or one. {@code percent} is a share
     * (0–1). In the overall row, {@code percent}, {@code kappa} and {@code alpha} are the codes' figures
     * weighted by their units, {@code table} the sum of their tables and the segment counts their sums.
     */
    public record Row(String source, String code, TwoByTwo table, double percent, double kappa, double alpha,
                      SegmentMatching.Matches segments) {
        public int segmentsA() {
            return segments.segmentsA();
        }

        public int segmentsB() {
            return segments.segmentsB();
        }

        public double segmentAgreement() {
            return segments.share();
        }

        static Row of(String source, String code, TwoByTwo table, SegmentMatching.Matches segments) {
            return new Row(source, code, table, table.percent(), table.kappa(), table.alpha(), segments);
        }
    }

    /**
     * A maximal run of speech one coder gave the code and the other did not ({@code coder} names who did),
     * with a segment of each coder beside it (the one that overlaps or touches the run, null when there is none)
     * for showing them side by side.
     */
    public record Disagreement(String source, String code, int start, int end, String coder, Span segmentA,
                               Span segmentB) {
    }
}
