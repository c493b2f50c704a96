package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;

class CasesCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFrenchExcelCsvSetsCasesAttributesAndSources() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "martine.txt", Fixtures.INTERVIEW).toString());
        Path csv = Files.write(dir.resolve("cas.csv"), ("Cas;âge;métier;entrée;sources\r\n"
                + "Martine;54;opératrice;02/03/1998;martine.txt\r\n"
                + "Karim;41;chaudronnier;15/09/2005;\r\n").getBytes(Charset.forName("windows-1252")));
        CliRun run = CliRun.of("cases", p, "--import", csv.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode cases = run.json();
        assertThat(cases).hasSize(2);
        assertThat(cases.get(1).path("name").asText()).isEqualTo("Martine");
        assertThat(cases.get(1).path("attributes").path("métier").asText()).isEqualTo("opératrice");
        assertThat(cases.get(1).path("sources").get(0).asText()).isEqualTo("martine.txt");

        JsonNode source = CliRun.of("sources", p, "--json").json().get(0);
        assertThat(source.path("case").asText()).isEqualTo("Martine");
        assertThat(source.path("attributes").path("âge").asText()).isEqualTo("54");

        assertThat(CliRun.of("undo", p).exit()).isZero();
        assertThat(CliRun.of("cases", p, "--json").json()).isEmpty();
    }

    @Test
    void anUnknownSourceRefusesTheTableAndChangesNothing() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path csv = Files.writeString(dir.resolve("cas.csv"), "case,age,sources\nA,3,nope.txt\n");
        CliRun run = CliRun.of("cases", p, "--import", csv.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("unknown_source");
        assertThat(CliRun.of("cases", p, "--json").json()).isEmpty();
    }
}
