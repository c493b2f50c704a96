package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.SharedCorpus;

/** terrain export qdpx|codebook|segments, and import of .qdpx/.qde/.qdc through the ordinary import command. */
class ExchangeCommandTest {
    @TempDir
    Path temp;

    @Test
    void exportThenImportThroughTheCommandLine() throws Exception {
        String p = temp.resolve("p").toString();
        Path file = temp.resolve("entretien.txt");
        Files.writeString(file, "ENQ : Vous travaillez où ?\r\nP1 : À l’usine, depuis 1998. 🙂\r\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("init", p).exit()).isZero();
        assertThat(CliRun.of("import", p, file.toString(), "--kind", "interview").exit()).isZero();
        assertThat(CliRun.of("codes", "add", p, "Pratiques/Travail", "--color", "#112233", "--description", "Le travail")
                .exit()).isZero();
        assertThat(CliRun.of("code", p, "--source", "entretien.txt", "--code", "Pratiques/Travail", "--match", "usine",
                "--memo", "mémo, \"cité\"", "--coder", "Élise").exit()).isZero();

        Path qdpx = temp.resolve("out.qdpx");
        Path qdc = temp.resolve("out.qdc");
        Path csv = temp.resolve("out.csv");
        assertThat(CliRun.of("export", "qdpx", p, qdpx.toString()).exit()).isZero();
        assertThat(CliRun.of("export", "codebook", p, qdc.toString(), "--json").json().get("count").asInt()).isEqualTo(2);
        assertThat(CliRun.of("export", "segments", p, csv.toString()).exit()).isZero();
        // the contract's columns, then when the coding was made and last changed (the same moment here)
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).matches(java.util.regex.Pattern.quote(
                "source,kind,case,code,start,end,text,coder,memo,created,modified\r\n"
                        + "entretien.txt,interview,,Pratiques/Travail,36,41,usine,Élise,\"mémo, \"\"cité\"\"\"")
                + ",(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ),\\1\r\n");

        String q = temp.resolve("q").toString();
        assertThat(CliRun.of("init", q).exit()).isZero();
        CliRun imported = CliRun.of("import", q, qdpx.toString(), "--json");
        assertThat(imported.exit()).isZero();
        JsonNode json = imported.json();
        assertThat(json.get("imported").size()).isEqualTo(1);
        assertThat(json.get("imported").get(0).get("turns").asInt()).isEqualTo(2);
        JsonNode segments = CliRun.of("segments", q, "--json").json();
        assertThat(segments.get(0).get("text").asText()).isEqualTo("usine");
        assertThat(segments.get(0).get("memo").asText()).isEqualTo("mémo, \"cité\"");
        assertThat(segments.get(0).get("coder").asText()).isEqualTo("Élise");

        String r = temp.resolve("r").toString();
        assertThat(CliRun.of("init", r).exit()).isZero();
        assertThat(CliRun.of("import", r, qdc.toString()).exit()).isZero();
        JsonNode codes = CliRun.of("codes", "list", r, "--json").json();
        assertThat(codes.size()).isEqualTo(2);
        assertThat(codes.get(1).get("color").asText()).isEqualTo("#112233");
        assertThat(codes.get(1).get("description").asText()).isEqualTo("Le travail");
    }

    @Test
    void theSegmentsInFrenchExcelDialectOnAsking() throws Exception {
        String p = temp.resolve("p").toString();
        Path file = temp.resolve("entretien.txt");
        Files.writeString(file, "ENQ : Vous travaillez où ?\nP1 : À l’usine ; depuis 1998.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("init", p).exit()).isZero();
        assertThat(CliRun.of("import", p, file.toString(), "--kind", "interview").exit()).isZero();
        assertThat(CliRun.of("codes", "add", p, "Travail").exit()).isZero();
        assertThat(CliRun.of("code", p, "--source", "entretien.txt", "--code", "Travail", "--match", "usine ; depuis",
                "--coder", "Élise").exit()).isZero();
        Path csv = temp.resolve("excel.csv");

        assertThat(CliRun.of("export", "segments", p, csv.toString(), "--dialect", "excel-fr").exit()).isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).matches(java.util.regex.Pattern.quote(
                "\uFEFFsource;type;cas;code;début;fin;texte;codeur;mémo;création;modification\r\n"
                        + "entretien.txt;interview;;Travail;36;50;\"usine ; depuis\";Élise;;")
                + "(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d);\\1\r\n");
    }

    @Test
    void anUnknownDialectIsAUsageErrorThatWritesNothing() {
        String p = temp.resolve("p").toString();
        assertThat(CliRun.of("init", p).exit()).isZero();
        Path csv = temp.resolve("out.csv");

        CliRun run = CliRun.of("export", "segments", p, csv.toString(), "--dialect", "excel");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("excel").contains("excel-fr, rfc4180");
        assertThat(csv).doesNotExist();
    }

    @Test
    void missingSourcesAreReportedAsSkipped() {
        String p = temp.resolve("p").toString();
        assertThat(CliRun.of("init", p).exit()).isZero();
        Path sample = SharedCorpus.file("interop/refi-qda/samples/atlasti-8.4-mac_standard-project.qde");
        CliRun run = CliRun.of("import", p, sample.toString(), "--json");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("imported").size()).isGreaterThan(0);
        boolean reported = false;
        for (JsonNode skipped : json.get("skipped")) {
            reported |= skipped.get("code").asText().equals("exchange_missing_source");
        }
        assertThat(reported).isTrue();
    }
}
