package org.terrain.app.ui.segments;

import java.io.IOException;
import java.util.List;
import org.terrain.app.ui.common.SpreadsheetCsv;
import org.terrain.corpus.exchange.ExportTarget;

/** Retrieved segments as a CSV file for a spreadsheet ({@link SpreadsheetCsv}'s conventions). */
public final class SegmentsCsv {
    private static final List<String> HEADER = List.of("source", "code", "locuteur", "début", "fin", "segment",
            "contexte", "mémo");

    private SegmentsCsv() {
    }

    public static void write(List<SegmentRow> rows, ExportTarget file) {
        SpreadsheetCsv.writeFile(file, out -> write(rows, out));
    }

    static void write(List<SegmentRow> rows, Appendable out) throws IOException {
        SpreadsheetCsv.line(out, HEADER);
        for (SegmentRow row : rows) {
            SpreadsheetCsv.line(out, List.of(row.source(), row.code().toString(), row.speaker(),
                    Integer.toString(row.start()), Integer.toString(row.end()), row.text(),
                    row.before() + row.text() + row.after(), row.memo() == null ? "" : row.memo()));
        }
    }
}
