package org.terrain.corpus.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.store.ProjectStore;

/**
 * The pseudonym table as CSV, for the researcher's records (it holds the real names: never pseudonymised, never
 * part of another export): original, replacement, category, case (empty: the whole project), occurrences.
 */
public final class PseudonymTableCsv {
    public static final List<String> HEADER = List.of("original", "replacement", "category", "case", "occurrences");

    private PseudonymTableCsv() {
    }

    /** Writes the table; returns how many entries. */
    public static int export(ProjectStore store, Path out, CsvDialect dialect) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        PseudonymTable table = store.pseudonyms().table();
        Map<PseudonymEntry, Integer> counts = Occurrences.count(store, table);
        CsvTable.write(target, dialect, HEADER, rows -> {
            for (PseudonymEntry entry : table.entries()) {
                List<String> row = new ArrayList<>(List.of(entry.original(), entry.replacement(),
                        entry.category().id(), entry.caseName() == null ? "" : entry.caseName(),
                        String.valueOf(counts.getOrDefault(entry, 0))));
                rows.row(row);
            }
        });
        return table.entries().size();
    }
}
