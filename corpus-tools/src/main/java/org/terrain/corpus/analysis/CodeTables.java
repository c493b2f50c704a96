package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Spans;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.store.SourceStore;

/**
 * Code × part tables: for each code and each part of a partition ({@code kind}, {@code case} or
 * {@code attr:KEY}), the segments, the sources that have one, and the coverage (the code's segments, as a
 * union, over the part's speech characters). Sources outside every part (no case, no value) form the part
 * "—". A code's own segments only: a parent's row does not add its children's.
 */
public final class CodeTables {
    static final String NONE = "—";
    private final ProjectStore store;

    public CodeTables(ProjectStore store) {
        this.store = store;
    }

    public CodeTable table(String partition) {
        Map<Long, String> partOf = new HashMap<>();
        Map<String, Long> partChars = new LinkedHashMap<>();
        Set<String> parts = new TreeSet<>();
        for (SourceStore.Version version : store.sources().versions()) {
            Source source = store.sources().get(version.name());
            String part = partOf(source, partition);
            partOf.put(source.id(), part);
            parts.add(part);
            partChars.merge(part, speechChars(source), Long::sum);
        }
        List<String> ordered = new ArrayList<>(parts);
        Map<String, List<SegmentInfo>> byCode = new LinkedHashMap<>();
        for (CodeInfo code : store.codes().list()) {
            byCode.put(code.path().toString(), new ArrayList<>());
        }
        for (SegmentInfo segment : store.segments().list(null, null)) {
            byCode.get(segment.code().toString()).add(segment);
        }
        Map<String, Long> columnTotals = new HashMap<>();
        List<Map<String, CodeTable.Cell>> cellsByCode = new ArrayList<>();
        for (List<SegmentInfo> segments : byCode.values()) {
            Map<String, CodeTable.Cell> cells = cells(segments, ordered, partOf, partChars);
            cells.forEach((part, cell) -> columnTotals.merge(part, cell.segments(), Long::sum));
            cellsByCode.add(cells);
        }
        List<CodeTable.Row> rows = new ArrayList<>();
        int i = 0;
        for (String code : byCode.keySet()) {
            Map<String, CodeTable.Cell> cells = cellsByCode.get(i++);
            long rowTotal = cells.values().stream().mapToLong(CodeTable.Cell::segments).sum();
            Map<String, Double> rowPercents = new LinkedHashMap<>();
            Map<String, Double> columnPercents = new LinkedHashMap<>();
            for (String part : ordered) {
                long n = cells.get(part).segments();
                rowPercents.put(part, rowTotal == 0 ? 0 : 100.0 * n / rowTotal);
                long column = columnTotals.getOrDefault(part, 0L);
                columnPercents.put(part, column == 0 ? 0 : 100.0 * n / column);
            }
            rows.add(new CodeTable.Row(code, cells, rowPercents, columnPercents));
        }
        return new CodeTable(partition, ordered, partChars, rows);
    }

    private static Map<String, CodeTable.Cell> cells(List<SegmentInfo> segments, List<String> parts,
                                                     Map<Long, String> partOf, Map<String, Long> partChars) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Set<Long>> documents = new HashMap<>();
        Map<Long, List<Span>> spansBySource = new HashMap<>();
        for (SegmentInfo segment : segments) {
            long source = segment.segment().sourceId();
            String part = partOf.get(source);
            counts.merge(part, 1L, Long::sum);
            documents.computeIfAbsent(part, k -> new HashSet<>()).add(source);
            spansBySource.computeIfAbsent(source, k -> new ArrayList<>()).add(segment.segment().span());
        }
        Map<String, Long> covered = new HashMap<>();
        spansBySource.forEach((source, spans) -> covered.merge(partOf.get(source),
                Spans.union(spans).stream().mapToLong(Span::length).sum(), Long::sum));
        Map<String, CodeTable.Cell> cells = new LinkedHashMap<>();
        for (String part : parts) {
            long chars = partChars.getOrDefault(part, 0L);
            cells.put(part, new CodeTable.Cell(counts.getOrDefault(part, 0L),
                    documents.getOrDefault(part, Set.of()).size(),
                    chars == 0 ? 0 : 100.0 * covered.getOrDefault(part, 0L) / chars));
        }
        return cells;
    }

    private static String partOf(Source source, String partition) {
        String value;
        if (partition.equals("kind")) {
            value = source.kind().id();
        } else if (partition.equals("case")) {
            value = source.caseName();
        } else if (partition.startsWith("attr:") && partition.length() > 5) {
            value = source.attributes().get(partition.substring(5));
        } else {
            throw new UsageException("bad_partition", partition);
        }
        return value == null || value.isBlank() ? NONE : value;
    }

    /** Characters of speech: the turns' speech spans of a transcript, the whole text otherwise. */
    private static long speechChars(Source source) {
        if (source.turns().isEmpty()) {
            return source.text().codePointCount(0, source.text().length());
        }
        return source.turns().stream().map(Turn::speech).mapToLong(Span::length).sum();
    }
}
