package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;

class AgreementCommandTest {
    @TempDir
    Path dir;
    String p;

    @BeforeEach
    void project() {
        p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "notes.txt", "0123456789".repeat(100)).toString(),
                "--kind", "observation");
        CliRun.of("codes", "add", p, "Gestes");
        // NVivo's example: 50 characters coded by both, 100 by Anne only, 50 by Bruno only, 800 by neither.
        code("0:150", "Anne");
        code("100:200", "Bruno");
    }

    private void code(String range, String coder) {
        CliRun run = CliRun.of("code", p, "--source", "notes.txt", "--code", "Gestes", "--range", range, "--coder", coder);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void jsonHoldsTheContractFields() {
        CliRun run = CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = run.json();
        JsonNode code = result.path("codes").get(0);
        for (String field : List.of("code", "percent", "kappa", "alpha", "segments_a", "segments_b", "segment_agreement")) {
            assertThat(code.has(field)).as(field).isTrue();
        }
        assertThat(code.path("code").asText()).isEqualTo("Gestes");
        assertThat(code.path("percent").asDouble()).isCloseTo(0.85, within(1e-12));
        assertThat(code.path("kappa").asDouble()).isCloseTo(0.318, within(5e-4));
        assertThat(code.path("segments_a").asInt()).isEqualTo(1);
        assertThat(code.path("segments_b").asInt()).isEqualTo(1);
        for (String field : List.of("percent", "kappa", "alpha", "segments_a", "segments_b", "segment_agreement")) {
            assertThat(result.path("overall").has(field)).as(field).isTrue();
        }
        List<String> runs = new ArrayList<>();
        for (JsonNode d : result.path("disagreements")) {
            runs.add(d.path("source").asText() + " " + d.path("code").asText() + " " + d.path("start").asInt() + ":"
                    + d.path("end").asInt() + " " + d.path("coder").asText());
        }
        assertThat(runs).containsExactly("notes.txt Gestes 0:100 Anne", "notes.txt Gestes 150:200 Bruno");
    }

    @Test
    void aCodeNobodyUsedIsWrittenWithNumbersNotNaN() {
        CliRun.of("codes", "add", p, "Vide");

        CliRun run = CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--code", "Vide", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("NaN").doesNotContain("null");
        assertThat(run.json().path("codes").get(0).path("kappa").asDouble()).isEqualTo(1.0);
    }

    @Test
    void mistakesAreUsageErrorsOrNamedThings() {
        assertThat(CliRun.of("agreement", p, "--coders", "Anne", "--json").exit()).isEqualTo(2);
        assertThat(CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--overlap", "150", "--json").exit()).isEqualTo(2);
        CliRun stranger = CliRun.of("agreement", p, "--coders", "Anne,Zoé", "--json");
        assertThat(stranger.exit()).isEqualTo(1);
        assertThat(stranger.json().path("error").path("code").asText()).isEqualTo("agreement_unknown_coder");
        CliRun french = CliRun.of("agreement", p, "--coders", "Anne,Zoé");
        assertThat(french.err()).contains("Codeur inconnu : « Zoé »").doesNotContain("Exception");
        assertThat(CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--code", "Absent", "--json").exit()).isEqualTo(1);
        CliRun malformed = CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--code", "Gestes//", "--json");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.json().path("error").path("code").asText()).isEqualTo("bad_code_path");
    }

    @Test
    void theTableIsReadableAndExportsAsCsvAndXlsx() throws Exception {
        Path csv = dir.resolve("accord.csv");
        Path xlsx = dir.resolve("accord.xlsx");

        CliRun run = CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--csv", csv.toString(), "--xlsx",
                xlsx.toString(), "--by-source");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gestes", "85.0", "0.318", "(overall)", "notes.txt · Gestes", "2 disagreements");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("source,code,percent,kappa,alpha,segments_a,segments_b,"
                + "segment_agreement,both,a_only,b_only,neither");
        assertThat(lines.get(1)).startsWith(",Gestes,0.85,0.318,").endsWith(",50,100,50,800");
        assertThat(lines).hasSize(4); // the code, the overall line, the code in its one source
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheet("accord").getRow(1).getCell(3).getNumericCellValue())
                    .isCloseTo(0.318, within(5e-4));
            assertThat(workbook.getSheet("désaccords").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theExportedTableTakesItsNamesThroughThePseudonymTableAndIsLeakChecked() throws Exception {
        assertThat(CliRun.of("pseudonyms", "add", p, "notes", "--as", "carnet").exit()).isZero();
        Path csv = dir.resolve("accord.csv");
        Path xlsx = dir.resolve("accord.xlsx");

        CliRun run = CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--csv", csv.toString(), "--xlsx",
                xlsx.toString(), "--by-source");

        assertThat(run.exit()).as(run.err()).isZero();
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).contains("carnet.txt").doesNotContainIgnoringCase("notes");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheet("désaccords").getRow(1).getCell(0).getStringCellValue()).isEqualTo("carnet.txt");
        }
        assertThat(CliRun.of("leak-check", p, csv.toString(), xlsx.toString()).exit()).isZero();
    }

    @Test
    void theMethodsParagraphIsFrenchWithItsReferencesAndFigures() {
        CliRun run = CliRun.of("agreement", p, "--coders", "Anne,Bruno", "--methods");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("entre Anne et Bruno", "kappa de Cohen (Cohen, 1960)",
                "alpha de Krippendorff", "Krippendorff, 2019, chap. 12", "MAXQDA", "90 %", "κ = 0,32",
                "85,0 %", "Educational and Psychological Measurement");
    }
}
