package org.terrain.app.ui.language;

import java.io.IOException;
import java.util.List;
import org.terrain.app.ui.common.SpreadsheetCsv;
import org.terrain.corpus.exchange.ExportTarget;

/**
 * The entity list as a CSV file for a spreadsheet ({@link SpreadsheetCsv}'s conventions), the sources of an
 * entity in one field separated by « | » (names may hold commas): the list to start a pseudonymisation table.
 */
public final class EntitiesCsv {
    private static final List<String> HEADER = List.of("entité", "type", "mentions", "sources");

    private EntitiesCsv() {
    }

    public static void write(List<EntityRow> rows, ExportTarget file) {
        SpreadsheetCsv.writeFile(file, out -> write(rows, out));
    }

    static void write(List<EntityRow> rows, Appendable out) throws IOException {
        SpreadsheetCsv.line(out, HEADER);
        for (EntityRow row : rows) {
            SpreadsheetCsv.line(out, List.of(row.text(), row.type(), Integer.toString(row.count()),
                    String.join(" | ", row.sources())));
        }
    }
}
