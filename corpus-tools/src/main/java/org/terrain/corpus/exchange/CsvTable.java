package org.terrain.corpus.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of the product (command line and app): a header and rows in a {@link CsvDialect}, written
 * through the {@link ExportTarget} (never into the project, never half a file). A null field is written empty.
 */
public final class CsvTable {
    /** Writes the rows, one call of {@link Rows#row} each. */
    @FunctionalInterface
    public interface Body {
        void write(Rows rows) throws IOException;
    }

    /** Where a body puts its rows. */
    @FunctionalInterface
    public interface Rows {
        void row(List<String> fields) throws IOException;
    }

    private CsvTable() {
    }

    public static void write(ExportTarget target, CsvDialect dialect, List<String> header, Body body) {
        target.write(stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            write(writer, dialect, header, body);
            writer.flush();
        });
    }

    /** The same text, byte-order mark included, to any writer. */
    static void write(Appendable out, CsvDialect dialect, List<String> header, Body body) throws IOException {
        if (dialect.byteOrderMark()) {
            out.append('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(out, dialect.format());
        printer.printRecord(header);
        body.write(printer::printRecord);
        printer.flush();
    }
}
