package org.terrain.corpus.analysis;

import java.util.List;
import java.util.Map;

/**
 * How often each code is used in each part of the corpus (a partition by kind, case or attribute value).
 *
 * @param parts     the column headings, in order
 * @param partChars speech characters of each part (the denominator of coverage)
 * @param rows      one per code, in codebook order
 */
public record CodeTable(String partition, List<String> parts, Map<String, Long> partChars, List<Row> rows) {
    /** One cell: segments, sources with at least one, and the share of the part's speech they cover (0–100). */
    public record Cell(long segments, long documents, double coverage) {
    }

    /**
     * @param rowPercents    each part's share of the code's segments (sums to 100 across the row)
     * @param columnPercents the code's share of each part's segments (sums to 100 down a column of leaf codes)
     */
    public record Row(String code, Map<String, Cell> cells, Map<String, Double> rowPercents,
                      Map<String, Double> columnPercents) {
    }
}
