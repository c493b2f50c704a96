package org.terrain.corpus.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * The coded segments as an XLSX workbook (one sheet "segments", one row per segment): source, kind, case, one
 * column per attribute, code path, start, end (code points, end exclusive), text, coder, memo. The header row is
 * bold and frozen and carries an autofilter. A cell holds at most 32,767 characters (the Excel limit): longer
 * text is cut and ends with {@code […]}.
 */
public final class XlsxExport {
    static final int MAX_CELL = 32_767;
    private static final String CUT = "[…]";

    private XlsxExport() {
    }

    /** Writes the workbook; returns the number of segment rows. */
    public static int export(ProjectStore store, Path out) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        Map<String, SourceSummary> sources = new LinkedHashMap<>();
        TreeSet<String> attributeNames = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.FRENCH));
        for (SourceSummary summary : store.sources().summaries()) {
            sources.put(summary.name(), summary);
            attributeNames.addAll(summary.attributes().keySet());
        }
        List<String> attributes = new ArrayList<>(attributeNames);
        List<SegmentInfo> segments = store.segments().list(null, null);
        target.write(stream -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                XSSFSheet sheet = workbook.createSheet("segments");
                List<String> header = new ArrayList<>(List.of("source", "kind", "case"));
                header.addAll(attributes);
                header.addAll(List.of("code", "start", "end", "text", "coder", "memo"));
                Font bold = workbook.createFont();
                bold.setBold(true);
                CellStyle headerStyle = workbook.createCellStyle();
                headerStyle.setFont(bold);
                Row first = sheet.createRow(0);
                for (int i = 0; i < header.size(); i++) {
                    first.createCell(i).setCellValue(header.get(i));
                    first.getCell(i).setCellStyle(headerStyle);
                }
                int r = 1;
                for (SegmentInfo s : segments) {
                    SourceSummary source = sources.get(s.source());
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    text(row, c++, s.source());
                    text(row, c++, source == null ? null : source.kind().id());
                    text(row, c++, source == null ? null : source.caseName());
                    for (String attribute : attributes) {
                        text(row, c++, source == null ? null : source.attributes().get(attribute));
                    }
                    text(row, c++, s.code().toString());
                    row.createCell(c++).setCellValue(s.segment().span().start());
                    row.createCell(c++).setCellValue(s.segment().span().end());
                    text(row, c++, s.text());
                    text(row, c++, s.segment().coder());
                    text(row, c, s.segment().memo());
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
                for (int i = 0; i < header.size(); i++) {
                    sheet.setColumnWidth(i, 256 * Math.min(60, Math.max(10, header.get(i).length() + 4)));
                }
                workbook.write(stream);
            }
        });
        return segments.size();
    }

    private static void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        String v = value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - CUT.length()) + CUT;
        row.createCell(column).setCellValue(v);
    }
}
