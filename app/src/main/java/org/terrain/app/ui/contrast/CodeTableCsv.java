package org.terrain.app.ui.contrast;

import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.terrain.corpus.analysis.CodeTable;

/**
 * A code × part table as CSV, as {@link ContrastCsv} writes it (UTF-8 with BOM, semicolons, CRLF, decimal
 * comma): one line per code, one column per part, the cells holding the chosen measure.
 */
public final class CodeTableCsv {
    private static final String BOM = "\uFEFF";

    private CodeTableCsv() {
    }

    public static void write(CodeTable table, CodeTableViewModel.Measure measure, Path file) throws IOException {
        CodeTableViewModel.writeAtomically(file, out -> {
            out.write(BOM);
            write(table, measure, out);
        });
    }

    static void write(CodeTable table, CodeTableViewModel.Measure measure, Appendable out) throws IOException {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setMinusSign('-');
        DecimalFormat decimal = new DecimalFormat("0.###", symbols);
        List<String> header = new ArrayList<>();
        header.add("code");
        header.addAll(table.parts());
        ContrastCsv.line(out, header);
        for (CodeTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row.code());
            for (String part : table.parts()) {
                double value = CodeTableViewModel.value(row, part, measure);
                fields.add(measure.percent() ? decimal.format(value) : Long.toString(Math.round(value)));
            }
            ContrastCsv.line(out, fields);
        }
    }
}
