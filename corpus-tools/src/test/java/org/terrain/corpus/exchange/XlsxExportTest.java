package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.store.ProjectStore;

/** terrain export xlsx: one row per segment, read back with POI (and LibreOffice when installed). */
class XlsxExportTest {
    @TempDir
    Path temp;

    @Test
    void segmentsReadBackAsTheGoldenTable() throws Exception {
        Path out = temp.resolve("segments.xlsx");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(4, XlsxExport.export(store, out));
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("segments");
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:M5", sheet.getCTWorksheet().getAutoFilter().getRef());
            ExportFixture.assertGolden("xlsx.expected.tsv", table(sheet));
        }
    }

    @Test
    void libreOfficeReadsTheSameTable() throws Exception {
        Path soffice = findSoffice();
        Assumptions.assumeTrue(soffice != null, "soffice not installed: LibreOffice conversion not checked");
        Path out = temp.resolve("segments.xlsx");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            XlsxExport.export(store, out);
        }
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "-env:UserInstallation=file://"
                + temp.resolve("lo-profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):9,34,76,1",
                "--outdir", temp.toString(), out.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        // LibreOffice writes tab-separated fields, quoted when they hold a quote: read them as CSV does.
        List<String> rows = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                temp.resolve("segments.csv"), StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.TDF)) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                rows.add(String.join("\t", record.toList()));
            }
        }
        List<String> expected = Files.readAllLines(ExportFixture.GOLDEN.resolve("xlsx.expected.tsv"),
                StandardCharsets.UTF_8);
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.get(i), rows.get(i), "row " + i);
        }
    }

    private static Path findSoffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The cells as text, tab-separated, one line per row. */
    private static String table(XSSFSheet sheet) {
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        int width = sheet.getRow(0).getLastCellNum();
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        return out.toString();
    }
}
