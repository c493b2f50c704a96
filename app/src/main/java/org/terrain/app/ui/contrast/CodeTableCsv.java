package org.terrain.app.ui.contrast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.terrain.corpus.analysis.CodeTable;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.CsvTable;
import org.terrain.corpus.exchange.ExportTarget;

/**
 * A code × part table as CSV, written by the engine's {@link CsvTable} in a {@link CsvDialect}: one line per
 * code, one column per part, the cells holding the chosen measure.
 */
public final class CodeTableCsv {
    private CodeTableCsv() {
    }

    public static void write(CodeTable table, CodeTableViewModel.Measure measure, ExportTarget file,
                             CsvDialect dialect) {
        write(table, measure, file, dialect, UnaryOperator.identity());
    }

    /** The same, the codes and parts written through {@code names} (the pseudonym table's rewriting). */
    public static void write(CodeTable table, CodeTableViewModel.Measure measure, ExportTarget file,
                             CsvDialect dialect, UnaryOperator<String> names) {
        List<String> header = new ArrayList<>();
        header.add("code");
        table.parts().forEach(part -> header.add(names.apply(part)));
        CsvTable.write(file, dialect, header, out -> {
            for (CodeTable.Row row : table.rows()) {
                List<String> fields = new ArrayList<>();
                fields.add(names.apply(row.code()));
                for (String part : table.parts()) {
                    double value = CodeTableViewModel.value(row, part, measure);
                    fields.add(measure.percent() ? dialect.number(value) : Long.toString(Math.round(value)));
                }
                out.row(fields);
            }
        });
    }
}
