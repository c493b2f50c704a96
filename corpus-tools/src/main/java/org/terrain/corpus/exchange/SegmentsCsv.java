package org.terrain.corpus.exchange;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.CodedSegment;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * Coded segments as CSV, one row each, the same columns wherever it is written from ({@code terrain export
 * segments}, « Fichier › Exporter », the Segments tab): source, kind, case, code path, start, end (code points,
 * end exclusive), text, coder, memo, then when the coding was made and last changed. The first nine are the
 * command line's contract, in this order; later columns are only ever appended.
 */
public final class SegmentsCsv {
    /** A column: its English header (scripts) and its French one (Excel). */
    private record Column(String english, String french) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("source", "source"), new Column("kind", "type"),
            new Column("case", "cas"), new Column("code", "code"), new Column("start", "début"),
            new Column("end", "fin"), new Column("text", "texte"), new Column("coder", "codeur"),
            new Column("memo", "mémo"), new Column("created", "création"), new Column("modified", "modification"));

    private SegmentsCsv() {
    }

    /** Every coded segment of the project, by source then position; returns the number of rows. */
    public static int export(ProjectStore store, Path out, CsvDialect dialect) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        return write(store, target, store.segments().list(null, null), dialect, ZoneId.systemDefault());
    }

    /**
     * These segments in this order (what a list shows); an id no longer in the project is left out. Returns the
     * number of rows.
     */
    public static int export(ProjectStore store, Path out, CsvDialect dialect, List<Long> segmentIds) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        Map<Long, SegmentInfo> byId = new HashMap<>();
        store.segments().list(null, null).forEach(s -> byId.put(s.segment().id(), s));
        List<SegmentInfo> chosen = new ArrayList<>();
        for (long id : segmentIds) {
            if (byId.containsKey(id)) {
                chosen.add(byId.get(id));
            }
        }
        return write(store, target, chosen, dialect, ZoneId.systemDefault());
    }

    /** The header row of a dialect. */
    public static List<String> header(CsvDialect dialect) {
        return COLUMNS.stream().map(c -> dialect.french() ? c.french() : c.english()).toList();
    }

    static int write(ProjectStore store, ExportTarget target, List<SegmentInfo> segments, CsvDialect dialect,
                     ZoneId zone) {
        Map<String, SourceSummary> sources = new HashMap<>();
        for (SourceSummary summary : store.sources().summaries()) {
            sources.put(summary.name(), summary);
        }
        CsvTable.write(target, dialect, header(dialect), rows -> {
            for (SegmentInfo s : segments) {
                SourceSummary source = sources.get(s.source());
                CodedSegment segment = s.segment();
                rows.row(Arrays.asList(s.source(), source == null ? null : source.kind().id(),
                        source == null ? null : source.caseName(), s.code().toString(),
                        Integer.toString(segment.span().start()), Integer.toString(segment.span().end()), s.text(),
                        segment.coder(), segment.memo(), dialect.dateTime(segment.created(), zone),
                        dialect.dateTime(segment.modified(), zone)));
            }
        });
        return segments.size();
    }
}
