package org.terrain.app.ui.contrast;

import java.io.IOException;
import java.text.DecimalFormat;
import java.util.List;
import org.terrain.app.ui.common.SpreadsheetCsv;
import org.terrain.corpus.exchange.ExportTarget;

/** A contrast table as a CSV file for a spreadsheet ({@link SpreadsheetCsv}'s conventions). */
public final class ContrastCsv {
    private static final List<String> HEADER = List.of("terme", "A", "B", "attendu", "score", "effet");

    private ContrastCsv() {
    }

    public static void write(List<TermRow> rows, ExportTarget file) {
        SpreadsheetCsv.writeFile(file, out -> write(rows, out));
    }

    static void write(List<TermRow> rows, Appendable out) throws IOException {
        DecimalFormat decimal = SpreadsheetCsv.decimals();
        SpreadsheetCsv.line(out, HEADER);
        for (TermRow row : rows) {
            SpreadsheetCsv.line(out, List.of(row.term(), Long.toString(row.a()), Long.toString(row.b()),
                    decimal.format(row.expected()), decimal.format(row.score()), decimal.format(row.effect())));
        }
    }
}
