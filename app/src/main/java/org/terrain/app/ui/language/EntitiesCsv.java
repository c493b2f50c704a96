package org.terrain.app.ui.language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.terrain.app.ui.common.SpreadsheetCsv;

/**
 * The entity list as a CSV file for a spreadsheet ({@link SpreadsheetCsv}'s conventions), the sources of an
 * entity in one field separated by « | » (names may hold commas): the list to start a pseudonymisation table.
 */
public final class EntitiesCsv {
    private static final List<String> HEADER = List.of("entité", "type", "mentions", "sources");

    private EntitiesCsv() {
    }

    public static void write(List<EntityRow> rows, Path file) throws IOException {
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
