package org.terrain.corpus.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Unions of spans, and whether a stretch lies wholly inside one. */
public final class Spans {
    private Spans() {
    }

    /** Sorted, with overlapping or touching spans merged. */
    public static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** Whether {@code [start, end)} lies inside one span of a merged, sorted list (binary search). */
    public static boolean covers(List<Span> union, int start, int end) {
        if (union == null) {
            return false;
        }
        int lo = 0;
        int hi = union.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span span = union.get(mid);
            if (span.end() <= start) {
                lo = mid + 1;
            } else if (span.start() > start) {
                hi = mid - 1;
            } else {
                return end <= span.end();
            }
        }
        return false;
    }
}
