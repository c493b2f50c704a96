package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.TestLog;

/**
 * What a researcher meets when the project database is damaged, empty or gone, and how she gets it back:
 * {@code restore}, {@code backup --list}, {@code check --full}.
 */
class RecoveryCommandTest {
    @TempDir
    Path dir;
    Path p;
    String project;
    /** The newest backup, whole. */
    String good;

    @BeforeEach
    void projectWithABackup() {
        p = dir.resolve("p");
        project = p.toString();
        CliRun.of("init", project);
        CliRun.of("import", project, Fixtures.write(dir.resolve("in"), "e.txt", Fixtures.INTERVIEW).toString());
        try (ProjectStore store = ProjectStore.open(p, "test")) { // pages enough to damage, quicker than the CLI
            for (int i = 0; i < 60; i++) {
                store.codes().add(CodePath.of("Thème " + i, "Sous-thème"), null, "une définition " + i);
            }
        }
        CliRun.of("backup", project);
        good = newestBackup();
    }

    private String newestBackup() {
        JsonNode list = CliRun.of("backup", project, "--list", "--json").json();
        return list.get(list.size() - 1).path("name").asText();
    }

    /** A newer backup than all the others, cut short: the message must not send anyone to it. */
    private String addADamagedNewerBackup() throws IOException {
        java.time.format.DateTimeFormatter stamp = java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);
        java.time.Instant taken = stamp.parse(good.substring("terrain-".length(), "terrain-".length() + 20),
                java.time.Instant::from);
        String later = "terrain-" + stamp.format(taken.plusSeconds(1)) + "-seq999-hourly.sqlite";
        byte[] bytes = Files.readAllBytes(p.resolve("backups").resolve(good));
        Files.write(p.resolve("backups").resolve(later), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        return later;
    }

    private static void assertOneSentenceNaming(CliRun run, String backup, String project) {
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ", "Exception", "SQLITE").contains(backup)
                .contains("terrain restore " + project + " " + backup);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0 bytes", "no table"})
    void anEmptyDatabaseNamesTheNewestGoodBackupAndTheRestoreCommand(String how) throws Exception {
        String damaged = addADamagedNewerBackup();
        Files.delete(p.resolve("terrain.sqlite"));
        if (how.equals("0 bytes")) {
            Files.write(p.resolve("terrain.sqlite"), new byte[0]);
        } else {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.resolve("terrain.sqlite"));
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE x (a)");
                st.execute("DROP TABLE x");
            }
        }
        CliRun run = CliRun.of("sources", project);
        assertOneSentenceNaming(run, good, project);
        assertThat(run.err()).doesNotContain(damaged).contains("vide");
    }

    @Test
    void aDeletedDatabaseNamesTheNewestGoodBackupAndTheRestoreCommand() throws Exception {
        addADamagedNewerBackup();
        Files.delete(p.resolve("terrain.sqlite"));
        CliRun run = CliRun.of("sources", project);
        assertOneSentenceNaming(run, good, project);
        assertThat(run.err()).doesNotContain("n’est pas un projet").contains("terrain.sqlite manque");
        assertThat(CliRun.of("sources", project, "--json").json().path("error").path("code").asText())
                .isEqualTo("database_missing");
    }

    @Test
    void aFolderWithNeitherDatabaseNorBackupsIsStillNotAProject() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("carnet.txt"), "à garder");
        CliRun run = CliRun.of("sources", notes.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("n’est pas un projet Terrain");
    }

    /** Eight pages scribbled over, at random but always the same places, as a failing disk would. */
    private void damagePages() throws IOException {
        Random random = new Random(8);
        try (RandomAccessFile file = new RandomAccessFile(p.resolve("terrain.sqlite").toFile(), "rw")) {
            long pages = file.length() / 4096;
            assertThat(pages).as("enough pages to damage").isGreaterThan(10);
            for (int i = 0; i < 8; i++) {
                // From the page's header: junk inside a row's text alone passes SQLite's quick check, and where the
                // rows lie moves with every change of the schema.
                file.seek((2 + random.nextLong(pages - 2)) * 4096);
                byte[] junk = new byte[1500];
                random.nextBytes(junk);
                file.write(junk);
            }
        }
    }

    @Test
    void damagedPagesAreOneSentenceAndSQLitesReportGoesToTheLog() throws Exception {
        addADamagedNewerBackup();
        damagePages();
        CliRun run = CliRun.of("sources", project);
        assertOneSentenceNaming(run, good, project);
        assertThat(run.err()).contains("endommagée").contains("journal");
        assertThat(CliRun.of("check", project, "--full", "--lang", "en").err().strip().lines()).hasSize(1);
        assertThat(TestLog.text()).as("the detail, in the log file").contains("the database of " + project
                + " is damaged; SQLite says:");
    }

    @Test
    void backupListSaysWhichBackupsAreDamaged() throws Exception {
        String damaged = addADamagedNewerBackup();
        CliRun text = CliRun.of("backup", project, "--list");
        assertThat(text.exit()).isZero();
        assertThat(text.out().lines().filter(line -> line.endsWith(damaged))).singleElement().asString()
                .contains("ENDOMMAGÉE");
        assertThat(text.out().lines().filter(line -> line.endsWith(good))).singleElement().asString()
                .contains("intacte");
        assertThat(text.err()).contains("endommagée").contains(damaged);

        JsonNode json = CliRun.of("backup", project, "--list", "--json").json();
        List<String> notOk = new ArrayList<>();
        for (JsonNode row : json) {
            assertThat(row.has("file") && row.has("taken") && row.has("size") && row.has("reason")).isTrue();
            if (!row.path("ok").asBoolean()) {
                notOk.add(row.path("name").asText());
            }
        }
        assertThat(notOk).containsExactly(damaged);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"originals/ deleted", "an original altered"})
    void theFullCheckFindsMissingAndAlteredOriginalsBySourceName(String how) throws Exception {
        Path original;
        try (Stream<Path> files = Files.walk(p.resolve("originals"))) {
            original = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        if (how.startsWith("originals")) {
            try (Stream<Path> all = Files.walk(p.resolve("originals"))) {
                for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        } else {
            Files.writeString(original, Fixtures.INTERVIEW.replace("1998", "1989"));
        }
        CliRun run = CliRun.of("check", project, "--full");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("intégrité vérifiée").contains("e.txt");
        assertThat(CliRun.of("check", project, "--full", "--json").json().path("error").path("code").asText())
                .isEqualTo("originals_damaged");
        assertThat(CliRun.of("check", project).exit()).as("the quick check is SQLite's only").isZero();
    }

    @Test
    void theFullCheckPassesAWholeProject() {
        CliRun run = CliRun.of("check", project, "--full");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("intégrité vérifiée");
    }

    @Test
    void restoreWithoutABackupListsThemWithDateSizeReasonAndCheck() throws Exception {
        String damaged = addADamagedNewerBackup();
        JsonNode list = CliRun.of("restore", project, "--json").json();
        assertThat(list).isNotEmpty();
        for (JsonNode row : list) {
            assertThat(row.path("size").asLong()).isPositive();
            assertThat(row.path("taken").asText()).isNotBlank();
            assertThat(row.path("reason").asText()).isNotBlank();
            assertThat(row.path("ok").asBoolean()).isEqualTo(!row.path("name").asText().equals(damaged));
        }
        assertThat(CliRun.of("restore", project, "--list").out()).contains(good).contains(damaged);
    }

    @Test
    void restorePutsTheBackupBackAndRestoringTheSavedStateUndoesIt() {
        CliRun.of("codes", "add", project, "Après la sauvegarde");
        assertThat(codes()).contains("Après la sauvegarde");

        CliRun run = CliRun.of("restore", project, good, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().path("restored").asText()).endsWith(good);
        String savedAs = run.json().path("saved_as").asText();
        assertThat(savedAs).contains("before-restore");
        assertThat(codes()).doesNotContain("Après la sauvegarde");

        CliRun undo = CliRun.of("restore", project, savedAs);
        assertThat(undo.exit()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("restaurée");
        assertThat(codes()).contains("Après la sauvegarde");
    }

    private List<String> codes() {
        List<String> out = new ArrayList<>();
        CliRun.of("codes", "list", project, "--json").json().forEach(code -> out.add(code.path("path").asText()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"damaged pages", "deleted", "0 bytes"})
    void restoreWorksWhenTheDatabaseCannotBeOpened(String how) throws Exception {
        switch (how) {
            case "damaged pages" -> damagePages();
            case "deleted" -> Files.delete(p.resolve("terrain.sqlite"));
            default -> Files.write(p.resolve("terrain.sqlite"), new byte[0]);
        }
        CliRun run = CliRun.of("restore", project, good);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(CliRun.of("check", project, "--full").exit()).isZero();
        assertThat(codes()).contains("Thème 59/Sous-thème");
    }

    @Test
    void aDamagedBackupIsRefusedAndAnUnknownOneIsAUsageError() throws Exception {
        String damaged = addADamagedNewerBackup();
        CliRun refused = CliRun.of("restore", project, damaged, "--json");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().path("error").path("code").asText()).isEqualTo("backup_damaged");
        CliRun unknown = CliRun.of("restore", project, "terrain-inconnue.sqlite", "--json");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.json().path("error").path("code").asText()).isEqualTo("unknown_backup");
        assertThat(codes()).hasSize(120);
    }

    @Test
    void restoreIsRefusedWhileTheProjectIsOpen() {
        try (ProjectStore open = ProjectStore.open(p, "application Terrain")) {
            CliRun run = CliRun.of("restore", project, good, "--json");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.json().path("error").path("code").asText()).isEqualTo("project_locked");
        }
    }

    @Test
    void afterARestoreTheSearchFindsWhatTheRestoredTextHolds() {
        CliRun.of("import", project, Fixtures.write(dir.resolve("in2"), "n.txt", "Une raffinerie neuve.").toString());
        assertThat(CliRun.of("search", project, "raffinerie", "--json").json().path("total").asInt()).isEqualTo(1);
        CliRun.of("restore", project, good);
        CliRun search = CliRun.of("search", project, "raffinerie", "--json");
        assertThat(search.json().path("total").asInt()).as(search.err()).isZero();
        assertThat(CliRun.of("search", project, "usine", "--json").json().path("total").asInt()).isPositive();
    }

    @Test
    void aDamagedSearchIndexIsRebuiltByTheFirstSearch() throws Exception {
        int before = CliRun.of("search", project, "usine", "--json").json().path("total").asInt();
        try (Stream<Path> files = Files.list(p.resolve("index"))) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.write(f, new byte[(int) Files.size(f)]);
                }
            }
        }
        CliRun run;
        String console;
        try (TestLog.Console caught = TestLog.console()) {
            run = CliRun.of("search", project, "usine", "--json");
            console = caught.text();
        }
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().path("total").asInt()).isEqualTo(before).isPositive();
        assertThat(run.err() + console).doesNotContain("\tat ", "Exception:");
        assertThat(console.strip().lines()).singleElement().asString().contains("rebuilding");
    }
}
