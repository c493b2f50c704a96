package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * Code co-occurrence: for each pair of codes, how many pairs of their segments, in the same source, overlap
 * (with {@code within = 0}) or lie at most {@code within} characters apart. The matrix is symmetric; the
 * diagonal counts a code's own segments.
 */
public final class Cooccurrences {
    /** The codes in codebook order and the counts, {@code counts[i][j]}. */
    public record Matrix(List<String> codes, long[][] counts, int within) {
    }

    private final ProjectStore store;

    public Cooccurrences(ProjectStore store) {
        this.store = store;
    }

    public Matrix matrix(int within) {
        List<String> codes = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (CodeInfo code : store.codes().list()) {
            index.put(code.path().toString(), codes.size());
            codes.add(code.path().toString());
        }
        long[][] counts = new long[codes.size()][codes.size()];
        Map<Long, List<SegmentInfo>> bySource = new HashMap<>();
        for (SegmentInfo segment : store.segments().list(null, null)) {
            bySource.computeIfAbsent(segment.segment().sourceId(), k -> new ArrayList<>()).add(segment);
        }
        for (List<SegmentInfo> segments : bySource.values()) {
            for (int x = 0; x < segments.size(); x++) {
                SegmentInfo a = segments.get(x);
                int i = index.get(a.code().toString());
                counts[i][i]++;
                for (int y = x + 1; y < segments.size(); y++) {
                    SegmentInfo b = segments.get(y);
                    if (near(a.segment().span(), b.segment().span(), within)) {
                        int j = index.get(b.code().toString());
                        if (i != j) {
                            counts[i][j]++;
                            counts[j][i]++;
                        }
                    }
                }
            }
        }
        return new Matrix(codes, counts, within);
    }

    /** Overlapping (sharing at least one character), or apart by at most {@code within} characters. */
    static boolean near(Span a, Span b, int within) {
        long gap = Math.max(a.start(), b.start()) - (long) Math.min(a.end(), b.end());
        return within == 0 ? gap < 0 : gap <= within;
    }
}
