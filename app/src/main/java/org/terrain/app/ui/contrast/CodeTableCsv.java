package org.terrain.app.ui.contrast;

import java.io.IOException;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.terrain.app.ui.common.SpreadsheetCsv;
import org.terrain.corpus.analysis.CodeTable;
import org.terrain.corpus.exchange.ExportTarget;

/**
 * A code × part table as CSV, with {@link SpreadsheetCsv}'s conventions: one line per code, one column per part,
 * the cells holding the chosen measure.
 */
public final class CodeTableCsv {
    private CodeTableCsv() {
    }

    public static void write(CodeTable table, CodeTableViewModel.Measure measure, ExportTarget file) {
        SpreadsheetCsv.writeFile(file, out -> write(table, measure, out));
    }

    static void write(CodeTable table, CodeTableViewModel.Measure measure, Appendable out) throws IOException {
        DecimalFormat decimal = SpreadsheetCsv.decimals();
        List<String> header = new ArrayList<>();
        header.add("code");
        header.addAll(table.parts());
        SpreadsheetCsv.line(out, header);
        for (CodeTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row.code());
            for (String part : table.parts()) {
                double value = CodeTableViewModel.value(row, part, measure);
                fields.add(measure.percent() ? decimal.format(value) : Long.toString(Math.round(value)));
            }
            SpreadsheetCsv.line(out, fields);
        }
    }
}
