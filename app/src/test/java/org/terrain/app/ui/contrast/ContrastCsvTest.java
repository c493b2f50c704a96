package org.terrain.app.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.store.ProjectLayout;

/** The contrast table in each CSV dialect: numbers as its spreadsheet or script reads them. */
class ContrastCsvTest {
    private static final List<TermRow> ROWS = List.of(new TermRow("sécurité; « d’abord »", 6, 1, 3.5, -12.25, 0.125));

    @TempDir
    Path temp;

    @Test
    void forAFrenchExcelSemicolonsFrenchHeadersAndDecimalCommas() throws Exception {
        Path file = temp.resolve("contraste.csv");

        ContrastCsv.write(ROWS, ExportTarget.of(new ProjectLayout(temp.resolve("projet")), file), CsvDialect.EXCEL_FR);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFterme;A;B;attendu;score;effet\r\n\"sécurité; « d’abord »\";6;1;3,5;-12,25;0,125\r\n");
    }

    @Test
    void forScriptsCommasEnglishHeadersAndDecimalPoints() throws Exception {
        Path file = temp.resolve("contrast.csv");

        ContrastCsv.write(ROWS, ExportTarget.of(new ProjectLayout(temp.resolve("projet")), file), CsvDialect.RFC4180);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "term,A,B,expected,score,effect\r\nsécurité; « d’abord »,6,1,3.5,-12.25,0.125\r\n");
    }
}
