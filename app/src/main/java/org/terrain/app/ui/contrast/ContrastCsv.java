package org.terrain.app.ui.contrast;

import java.util.List;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.CsvTable;
import org.terrain.corpus.exchange.ExportTarget;

/** A contrast table as a CSV file, written by the engine's {@link CsvTable} in a {@link CsvDialect}. */
public final class ContrastCsv {
    private static final List<String> FRENCH = List.of("terme", "A", "B", "attendu", "score", "effet");
    private static final List<String> ENGLISH = List.of("term", "A", "B", "expected", "score", "effect");

    private ContrastCsv() {
    }

    public static void write(List<TermRow> rows, ExportTarget file, CsvDialect dialect) {
        CsvTable.write(file, dialect, dialect.french() ? FRENCH : ENGLISH, out -> {
            for (TermRow row : rows) {
                out.row(List.of(row.term(), Long.toString(row.a()), Long.toString(row.b()),
                        dialect.number(row.expected()), dialect.number(row.score()), dialect.number(row.effect())));
            }
        });
    }
}
