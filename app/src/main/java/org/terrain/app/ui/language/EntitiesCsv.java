package org.terrain.app.ui.language;

import java.util.List;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.CsvTable;
import org.terrain.corpus.exchange.ExportTarget;

/**
 * The entity list as a CSV file, written by the engine's {@link CsvTable} in a {@link CsvDialect}, the sources
 * of an entity in one field separated by « | » (names may hold commas): the list to start a pseudonymisation
 * table.
 */
public final class EntitiesCsv {
    private static final List<String> FRENCH = List.of("entité", "type", "mentions", "sources");
    private static final List<String> ENGLISH = List.of("entity", "type", "mentions", "sources");

    private EntitiesCsv() {
    }

    public static void write(List<EntityRow> rows, ExportTarget file, CsvDialect dialect) {
        CsvTable.write(file, dialect, dialect.french() ? FRENCH : ENGLISH, out -> {
            for (EntityRow row : rows) {
                out.row(List.of(row.text(), row.type(), Integer.toString(row.count()),
                        String.join(" | ", row.sources())));
            }
        });
    }
}
