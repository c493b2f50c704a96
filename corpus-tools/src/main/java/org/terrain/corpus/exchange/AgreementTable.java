package org.terrain.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.terrain.corpus.analysis.AgreementResult;

/**
 * The agreement table as CSV (one line per code, the overall line, then one per source and code) or as an XLSX
 * workbook (the same lines in the sheet « accord », numbers as numbers, and the disagreements in « désaccords »).
 * Columns are the JSON fields of the contract, then the 2 × 2 counts.
 */
public final class AgreementTable {
    static final List<String> HEADER = List.of("source", "code", "percent", "kappa", "alpha", "segments_a",
            "segments_b", "segment_agreement", "both", "a_only", "b_only", "neither");
    /** What the overall line has in its code column. */
    public static final String OVERALL = "(overall)";

    private AgreementTable() {
    }

    public static void writeCsv(AgreementResult result, ExportTarget file, CsvDialect dialect) {
        writeCsv(result, file, dialect, UnaryOperator.identity());
    }

    /** The table as CSV, its names (sources, codes, coders) written through {@code names}: the pseudonym table. */
    public static void writeCsv(AgreementResult result, ExportTarget file, CsvDialect dialect, UnaryOperator<String> names) {
        CsvTable.write(file, dialect, HEADER, out -> {
            for (AgreementResult.Row row : lines(result)) {
                List<String> fields = new ArrayList<>();
                fields.add(names.apply(row.source()));
                fields.add(row.code() == null ? OVERALL : names.apply(row.code()));
                for (double value : new double[] {row.percent(), row.kappa(), row.alpha()}) {
                    fields.add(dialect.number(value));
                }
                fields.add(Integer.toString(row.segmentsA()));
                fields.add(Integer.toString(row.segmentsB()));
                fields.add(dialect.number(row.segmentAgreement()));
                for (long count : counts(row)) {
                    fields.add(Long.toString(count));
                }
                out.row(fields);
            }
        });
    }

    public static void writeXlsx(AgreementResult result, ExportTarget file) {
        writeXlsx(result, file, UnaryOperator.identity());
    }

    /** The table and the disagreements as XLSX, their names written through {@code names}: the pseudonym table. */
    public static void writeXlsx(AgreementResult result, ExportTarget file, UnaryOperator<String> names) {
        file.write(stream -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Font bold = workbook.createFont();
                bold.setBold(true);
                CellStyle headerStyle = workbook.createCellStyle();
                headerStyle.setFont(bold);
                XSSFSheet table = workbook.createSheet("accord");
                header(table, HEADER, headerStyle);
                int r = 1;
                for (AgreementResult.Row line : lines(result)) {
                    Row row = table.createRow(r++);
                    int c = 0;
                    if (line.source() != null) {
                        row.createCell(c).setCellValue(names.apply(line.source()));
                    }
                    c++;
                    row.createCell(c++).setCellValue(line.code() == null ? OVERALL : names.apply(line.code()));
                    row.createCell(c++).setCellValue(line.percent());
                    row.createCell(c++).setCellValue(line.kappa());
                    row.createCell(c++).setCellValue(line.alpha());
                    row.createCell(c++).setCellValue(line.segmentsA());
                    row.createCell(c++).setCellValue(line.segmentsB());
                    row.createCell(c++).setCellValue(line.segmentAgreement());
                    for (long count : counts(line)) {
                        row.createCell(c++).setCellValue(count);
                    }
                }
                table.createFreezePane(0, 1);
                XSSFSheet runs = workbook.createSheet("désaccords");
                header(runs, List.of("source", "code", "start", "end", "coder"), headerStyle);
                r = 1;
                for (AgreementResult.Disagreement d : result.disagreements()) {
                    Row row = runs.createRow(r++);
                    row.createCell(0).setCellValue(names.apply(d.source()));
                    row.createCell(1).setCellValue(names.apply(d.code()));
                    row.createCell(2).setCellValue(d.start());
                    row.createCell(3).setCellValue(d.end());
                    row.createCell(4).setCellValue(names.apply(d.coder()));
                }
                runs.createFreezePane(0, 1);
                workbook.write(stream);
            }
        });
    }

    /** The codes' lines, the overall line, then the lines per source. */
    static List<AgreementResult.Row> lines(AgreementResult result) {
        List<AgreementResult.Row> lines = new ArrayList<>(result.codes());
        lines.add(result.overall());
        lines.addAll(result.bySource());
        return lines;
    }

    private static long[] counts(AgreementResult.Row row) {
        return new long[] {row.table().both(), row.table().aOnly(), row.table().bOnly(), row.table().neither()};
    }

    private static void header(XSSFSheet sheet, List<String> names, CellStyle style) {
        Row first = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            first.createCell(i).setCellValue(names.get(i));
            first.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, 256 * Math.max(10, names.get(i).length() + 4));
        }
    }
}
