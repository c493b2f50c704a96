package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;

/**
 * sources licence / cases licence: recorded, inherited from the case, shown in sources --json, undone; and the
 * publication exports refuse a licence the sources forbid, naming them.
 */
class LicenceCommandTest {
    @TempDir
    Path dir;

    private String project() throws Exception {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "martine.txt", Fixtures.INTERVIEW).toString());
        CliRun.of("import", p, Fixtures.write(dir.resolve("in2"), "karim.txt", Fixtures.INTERVIEW + "\nKARIM : moi aussi, à l’atelier.\n").toString());
        return p;
    }

    @Test
    void aSourceTakesItsCasesLicenceUnlessItHasItsOwnAndUndoTakesItBack() throws Exception {
        String p = project();
        assertThat(CliRun.of("cases", p, "--assign", "martine.txt=Martine", "--assign", "karim.txt=Martine").exit())
                .isZero();
        CliRun caseSet = CliRun.of("cases", "licence", p, "Martine", "--set", "CC BY-NC-SA 4.0", "--lang", "en");
        assertThat(caseSet.exit()).as(caseSet.err()).isZero();
        assertThat(caseSet.err()).contains("Licence of Martine: Creative Commons Attribution-NonCommercial-ShareAlike");
        CliRun own = CliRun.of("sources", "licence", p, "karim.txt", "--set", "cc-by", "--json");
        assertThat(own.exit()).as(own.err()).isZero();
        assertThat(own.json().path("licence").asText()).isEqualTo("cc-by");
        assertThat(own.json().path("from").asText()).isEqualTo("source");

        JsonNode sources = CliRun.of("sources", p, "--json").json();
        assertThat(sources.findValuesAsText("licence")).containsExactly("cc-by", "cc-by-nc-sa"); // karim, martine
        JsonNode martine = CliRun.of("sources", "licence", p, "martine.txt", "--json").json();
        assertThat(martine.path("from").asText()).isEqualTo("case");
        assertThat(CliRun.of("cases", p, "--json").json().get(0).path("licence").asText()).isEqualTo("cc-by-nc-sa");

        assertThat(CliRun.of("undo", p).exit()).isZero();
        assertThat(CliRun.of("sources", "licence", p, "karim.txt", "--json").json().path("from").asText())
                .isEqualTo("case");
        assertThat(CliRun.of("log", p, "--lang", "en").out()).contains("licence of the case \"Martine\": cc-by-nc-sa");

        assertThat(CliRun.of("sources", "licence", p, "martine.txt", "--clear").exit()).isZero();
        assertThat(CliRun.of("cases", "licence", p, "Martine", "--clear").exit()).isZero();
        assertThat(CliRun.of("sources", "licence", p, "martine.txt", "--json").json().path("licence").isNull()).isTrue();
    }

    @Test
    void sourcesAndCasesStillNeedTheirProject() {
        for (String command : new String[] {"sources", "cases"}) {
            CliRun run = CliRun.of(command, "--json");
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.json().path("error").path("code").asText()).isEqualTo("usage");
            assertThat(run.err()).contains("PROJECT");
        }
    }

    @Test
    void anUnknownLicenceOrSourceIsOneClearSentence() throws Exception {
        String p = project();
        CliRun bad = CliRun.of("sources", "licence", p, "martine.txt", "--set", "gpl", "--lang", "en");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown licence \"gpl\"").contains("cc-by-nc-sa").doesNotContain("Exception");
        CliRun missing = CliRun.of("sources", "licence", p, "nobody.txt", "--set", "cc-by", "--lang", "en");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nobody.txt");
        CliRun both = CliRun.of("sources", "licence", p, "martine.txt", "--set", "cc-by", "--clear");
        assertThat(both.exit()).isEqualTo(2);
    }

    @Test
    void publicationExportsRefuseALicenceTheSourcesForbidWithTheirList() throws Exception {
        String p = project();
        CliRun.of("sources", "licence", p, "martine.txt", "--set", "cc-by-nc-sa");
        CliRun.of("sources", "licence", p, "karim.txt", "--set", "cc-by-sa");
        for (String format : new String[] {"tei", "iramuteq", "qdpx"}) {
            Path out = dir.resolve("out." + format);
            CliRun refused = CliRun.of("export", format, p, out.toString(), "--licence", "cc-by-nc", "--lang", "en");
            assertThat(refused.exit()).as(format + refused.err()).isEqualTo(1);
            assertThat(refused.err()).as(format).contains("2 sources are under a licence that forbids")
                    .contains("karim.txt (cc-by-sa), martine.txt (cc-by-nc-sa)");
            assertThat(Files.exists(out)).as(format).isFalse();
        }
        CliRun.of("sources", "licence", p, "karim.txt", "--set", "cc-by");
        CliRun ok = CliRun.of("export", "tei", p, dir.resolve("ok.xml").toString(), "--licence", "cc-by-nc-sa");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(Files.readString(dir.resolve("ok.xml"))).contains("by-nc-sa/4.0").contains("licenses/by/4.0");
    }

    @Test
    void iramuteqAndQdpxWithoutLicenceAreWorkingCopiesAndNotChecked() throws Exception {
        String p = project();
        CliRun.of("sources", "licence", p, "martine.txt", "--set", "none");
        assertThat(CliRun.of("export", "iramuteq", p, dir.resolve("i.txt").toString()).exit()).isZero();
        assertThat(CliRun.of("export", "qdpx", p, dir.resolve("q.qdpx").toString()).exit()).isZero();
        assertThat(CliRun.of("export", "tei", p, dir.resolve("t.xml").toString()).exit()).isEqualTo(1);
    }

    @Test
    void sourcesWithoutLicenceAreSaidOnStderr() throws Exception {
        String p = project();
        CliRun.of("sources", "licence", p, "martine.txt", "--set", "cc-by");
        CliRun run = CliRun.of("export", "tei", p, dir.resolve("t.xml").toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("One source has no licence recorded").contains("karim.txt")
                .doesNotContain("martine.txt");
    }
}
