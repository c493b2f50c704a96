package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.IntegrityReport;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.ChildJvm;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.LockHolder;
import org.terrain.corpus.text.CanonicalText;

/** Two processes on one project, and a process killed in the middle of an import. */
class ProcessSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedNamingTheHolderAndAKilledHolderLeavesNoStaleLock() throws Exception {
        Path project = dir.resolve("p");
        assertThat(CliRun.of("init", project.toString()).exit()).isZero();
        try (ChildJvm holder = ChildJvm.start(LockHolder.class, project.toString())) {
            holder.awaitStderr(line -> line.startsWith("READY"), Duration.ofSeconds(60));

            CliRun refused = CliRun.of("codes", "add", project.toString(), "Pratiques", "--json", "--lang", "en");
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.json().path("error").path("code").asText()).isEqualTo("project_locked");
            assertThat(refused.json().path("error").path("message").asText()).contains("pid " + holder.pid());
            assertThat(refused.err()).contains("already open in another process");

            holder.kill();
        }
        CliRun after = CliRun.of("codes", "add", project.toString(), "Pratiques", "--json");
        assertThat(after.exit()).as(after.err()).isZero();
    }

    @Test
    void killedProcessesLeaveNoSqliteLibraryInTheTemporaryFolderAndOneCopyInTerrainsCache() throws Exception {
        Path project = dir.resolve("p");
        assertThat(CliRun.of("init", project.toString()).exit()).isZero();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path home = dir.resolve("terrain-home");
        for (int run = 0; run < 2; run++) {
            try (ChildJvm child = ChildJvm.start(List.of("-Djava.io.tmpdir=" + tmp),
                    Map.of("TERRAIN_HOME", home.toString()), LockHolder.class, project.toString())) {
                child.awaitStderr(line -> line.startsWith("READY"), Duration.ofSeconds(60));
                child.kill();
            }
        }
        assertThat(sqliteFiles(tmp)).as("what sqlite-jdbc extracts there at each start").isEmpty();
        assertThat(sqliteFiles(home)).hasSize(1);
    }

    private static List<Path> sqliteFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("sqlite"))
                    .toList();
        }
    }

    @Test
    void killMinus9DuringALargeImportLeavesOnlyWholeFilesAndAnOpenableProject() throws Exception {
        interruptedImportKeepsWholeFiles(ChildJvm::kill);
    }

    @Test
    void ctrlCDuringAnImportStopsAfterTheFileBeingStored() throws Exception {
        // SIGTERM runs the shutdown hooks exactly as Ctrl-C's SIGINT does.
        interruptedImportKeepsWholeFiles(child -> {
            child.process().destroy();
            assertThat(child.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        });
    }

    private interface Interruption {
        void interrupt(ChildJvm child) throws Exception;
    }

    private void interruptedImportKeepsWholeFiles(Interruption interruption) throws Exception {
        Path project = dir.resolve("p");
        Path folder = dir.resolve("corpus");
        Map<String, String> written = new HashMap<>();
        int files = 600;
        for (int i = 0; i < files; i++) {
            StringBuilder text = new StringBuilder();
            for (int turn = 0; turn < 400; turn++) {
                text.append(String.format("[00:%02d:%02d] %s : tour %d du fichier %d, à l’usine de Feyzin 🏭%n",
                        turn / 60 % 60, turn % 60, turn % 2 == 0 ? "ENQ" : "OUVRIER", turn, i));
            }
            String name = String.format("entretien-%03d.txt", i);
            Fixtures.write(folder, name, text.toString());
            written.put(name, text.toString());
        }
        assertThat(CliRun.of("init", project.toString()).exit()).isZero();

        try (ChildJvm importer = ChildJvm.start(TerrainCli.class, "import", project.toString(), folder.toString(),
                "--kind", "interview")) {
            // Files are stored in groups of up to 200 (one commit each): by file 250 one group at least is in.
            importer.awaitStderr(line -> line.startsWith("[250/"), Duration.ofSeconds(120));
            interruption.interrupt(importer);
            assertThat(importer.process().exitValue()).as("interrupted, not finished").isNotZero();
        }

        int kept;
        try (ProjectStore store = ProjectStore.open(project, "test after kill")) {
            IntegrityReport report = store.checkIntegrity(true);
            assertThat(report.ok()).as(String.join("; ", report.problems())).isTrue();
            kept = store.sources().names().size();
            assertThat(kept).isBetween(1, files - 1);
            for (String name : store.sources().names()) {
                Source source = store.sources().get(name);
                String expected = CanonicalText.of(written.get(name));
                assertThat(source.text()).as(name).isEqualTo(expected);
                assertThat(source.turns()).as(name).hasSize(TurnDetector.detect(expected, TurnMode.ON).size());
                assertThat(store.sources().summaries().stream().filter(s -> s.name().equals(name)).findFirst()
                        .orElseThrow().words()).isEqualTo(WordCounter.count(expected, source.turns()));
            }
        }
        // The next command is not blocked, and finishes the batch: what was imported is skipped.
        CliRun rest = CliRun.of("import", project.toString(), folder.toString(), "--kind", "interview", "--json");
        assertThat(rest.exit()).as(rest.err()).isZero();
        assertThat(rest.json().path("imported").size()).isEqualTo(files - kept);
        assertThat(rest.json().path("skipped").size()).isEqualTo(kept);
        try (var names = Files.list(project.resolve("originals"))) {
            assertThat(names.count()).isPositive();
        }
    }
}
