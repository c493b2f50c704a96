package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.testing.PlantedNames;

/**
 * Every export of a project with real names planted everywhere, once the pseudonym table has entries: not one
 * original in what is written (scanned independently of the leak check), elision redone, positions of a
 * re-imported .qdpx on its words, the project itself unchanged; with --originals, the names are there (so the
 * scan can fail) and the export is in the log.
 */
class PseudonymisedExportCommandTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = dir.resolve("p");
        PlantedNames.create(project, dir.resolve("incoming"));
    }

    static Stream<Arguments> everyFormat() {
        return Stream.of(Arguments.of("qdpx", "out.qdpx"), Arguments.of("codebook", "out.qdc"),
                Arguments.of("segments", "out.csv"), Arguments.of("xlsx", "out.xlsx"),
                Arguments.of("quotations", "out.docx"), Arguments.of("quotations", "out.odt"),
                Arguments.of("report", "out.html"), Arguments.of("iramuteq", "out.txt"),
                Arguments.of("tei", "out.xml"), Arguments.of("journal", "journal.md"),
                Arguments.of("journal", "journal.html"), Arguments.of("memos", "memos.md"),
                Arguments.of("memos", "memos.html"), Arguments.of("codebook-log", "log.md"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFormat")
    void noOriginalInAnyFormat(String format, String name) throws Exception {
        List<String> before = rows(project);
        Path out = dir.resolve("out").resolve(name);
        CliRun run = CliRun.of("export", format, project.toString(), out.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().path("pseudonymised").asBoolean()).isTrue();
        assertThat(run.err()).contains("Pseudonymisé");
        assertThat(PlantedNames.scan(out, PlantedNames.ORIGINALS)).isEmpty();
        assertThat(rows(project)).as("the project is unchanged").isEqualTo(before);
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".pseudonymised"));
        }

        Path real = dir.resolve("real").resolve(name);
        CliRun originals = CliRun.of("export", format, project.toString(), real.toString(), "--originals");
        assertThat(originals.exit()).as(originals.err()).isZero();
        assertThat(originals.err()).contains("--originals");
        assertThat(PlantedNames.scan(real, PlantedNames.ORIGINALS)).as("the scan finds real names").isNotEmpty();
    }

    @Test
    void theTeiIsReadableFrench() throws Exception {
        Path out = dir.resolve("out.xml");
        assertThat(CliRun.of("export", "tei", project.toString(), out.toString()).exit()).isZero();
        String tei = Files.readString(out);
        assertThat(tei).contains("Sophie Morel ? Et Anne ?")
                .contains("la sœur de Claire, elle travaille chez Entreprise A à Commune B avec Nabil et SOPHIE.")
                .contains("et d'Odile, qu'en dit claire ? Jusque Claire, à Commune C")
                .contains("Jeanne Roux ? Chez Entreprise B, l'ancienne.")
                .contains("who=\"ODILE\"")
                .contains("Observation à Commune C : Nabil passe chez Entreprise A.");
    }

    @Test
    void aReimportedQdpxHasItsCodingsOnItsWords() throws Exception {
        Path out = dir.resolve("out.qdpx");
        assertThat(CliRun.of("export", "qdpx", project.toString(), out.toString()).exit()).isZero();
        Path again = dir.resolve("again");
        assertThat(CliRun.of("init", again.toString()).exit()).isZero();
        CliRun imported = CliRun.of("import", again.toString(), out.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        List<String> coded = new ArrayList<>();
        try (ProjectStore store = ProjectStore.openForReading(again, "test")) {
            for (SegmentInfo info : store.segments().list(null, null)) {
                Source source = store.sources().get(info.source());
                int[] cps = source.text().codePoints().toArray();
                coded.add(new String(cps, info.segment().span().start(),
                        info.segment().span().end() - info.segment().span().start()));
            }
            assertThat(store.sources().names()).noneMatch(n -> n.toLowerCase().contains("martine"));
        }
        assertThat(coded).containsExactlyInAnyOrder("Sophie Morel", "chez Entreprise A à Commune B",
                "la sœur de Claire", "Nabil passe");
    }

    @Test
    void anExportWithTheRealNamesIsInTheLog() {
        Path out = dir.resolve("out.xml");
        assertThat(CliRun.of("export", "tei", project.toString(), out.toString(), "--originals").exit()).isZero();
        CliRun log = CliRun.of("log", project.toString(), "--json");
        assertThat(log.out()).contains("export.originals");
        assertThat(CliRun.of("export", "tei", project.toString(), out.toString(), "--originals", "--pseudonymise")
                .exit()).isEqualTo(2);
    }

    @Test
    void theLeakCheckLooksForTheTablesOriginals() {
        Path pseudonymised = dir.resolve("out.xml");
        Path real = dir.resolve("real.xml");
        assertThat(CliRun.of("export", "tei", project.toString(), pseudonymised.toString()).exit()).isZero();
        assertThat(CliRun.of("export", "tei", project.toString(), real.toString(), "--originals").exit()).isZero();
        assertThat(CliRun.of("leak-check", project.toString(), pseudonymised.toString()).exit()).isZero();
        CliRun found = CliRun.of("leak-check", project.toString(), real.toString(), "--json");
        assertThat(found.exit()).isEqualTo(1);
        assertThat(found.out()).contains("\"original\" : \"Martine\"").contains("\"original\" : \"Saint-Fons\"");
    }

    @Test
    void aLeakDeletesTheOutputAndExitsOne() throws Exception {
        // a source named as another's replacement: the copy cannot rename it, the check catches the name
        try (ProjectStore store = ProjectStore.open(project, "test")) {
            org.terrain.corpus.testing.Fixtures.importText(store, dir.resolve("incoming2"), "Odile.txt",
                    "Rien.\n", org.terrain.corpus.model.SourceKind.OTHER);
            org.terrain.corpus.testing.Fixtures.importText(store, dir.resolve("incoming3"), "Martine.txt",
                    "Rien non plus.\n", org.terrain.corpus.model.SourceKind.OTHER);
        }
        Path out = dir.resolve("out.xml");
        CliRun run = CliRun.of("export", "tei", project.toString(), out.toString(), "--json", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("pseudonym_leak");
        assertThat(run.err()).contains("Martine");
        assertThat(out).doesNotExist();
    }

    @Test
    void theTableItselfIsExportedWithAWarning() throws Exception {
        Path out = dir.resolve("table.csv");
        CliRun run = CliRun.of("export", "pseudonyms", project.toString(), out.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("real names");
        // (a source of no case takes the cases' entries too: Karim is replaced in the notes)
        assertThat(Files.readString(out)).startsWith("original,replacement,category,case,occurrences")
                .contains("Karim,Nabil,person,Martine,2").contains("Saint-Fons,Commune B,place,,1");
    }

    @Test
    void addListAndRemoveAsTheContractSays() {
        String p = project.toString();
        CliRun list = CliRun.of("pseudonyms", "list", p, "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode first = list.json().get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("original", "replacement", "category", "case",
                "occurrences");
        JsonNode martine = null;
        for (JsonNode row : list.json()) {
            if (row.path("original").asText().equals("Martine")) {
                martine = row;
            }
        }
        assertThat(martine).isNotNull();
        assertThat(martine.path("replacement").asText()).isEqualTo("Odile");
        assertThat(martine.path("case").isNull()).isTrue();
        assertThat(martine.path("occurrences").asInt()).isEqualTo(3); // de Martine, MARTINE : twice; not Martine Dupuis

        CliRun clash = CliRun.of("pseudonyms", "add", p, "Julie", "--as", "Odile", "--lang", "en");
        assertThat(clash.exit()).isEqualTo(1);
        assertThat(clash.err()).contains("Julie").contains("Martine");
        assertThat(CliRun.of("pseudonyms", "add", p, "Julie", "--as", "Zoé", "--category", "lieu").exit())
                .isEqualTo(2);
        assertThat(CliRun.of("pseudonyms", "add", p, "Julie", "--as", "Zoé", "--case", "Martine").exit()).isZero();
        assertThat(CliRun.of("pseudonyms", "remove", p, "Julie").exit()).isEqualTo(1); // not project-wide
        assertThat(CliRun.of("pseudonyms", "remove", p, "Julie", "--case", "Martine").exit()).isZero();
        assertThat(CliRun.of("undo", p).exit()).isZero();
        assertThat(CliRun.of("pseudonyms", "list", p).out()).contains("Julie\tZoé\tperson\tMartine\t0");
        assertThat(CliRun.of("pseudonyms", "ignore", p, "Atelier").exit()).isZero();
        assertThat(CliRun.of("pseudonyms", "unignore", p, "atelier").exit()).isZero();
    }

    /** Every row of every table but the log, as text: what "unchanged" means. */
    static List<String> rows(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("terrain.sqlite"));
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }
}
