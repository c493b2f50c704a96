package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.BackupDamagedException;
import org.terrain.corpus.errors.IntegrityException;
import org.terrain.corpus.errors.ProjectLockedException;
import org.terrain.corpus.errors.UsageException;

/**
 * Putting a backup back. The project below is left as a crash leaves it: its last changes only in
 * {@code terrain.sqlite-wal}, which SQLite replays onto whatever file is called {@code terrain.sqlite} next.
 */
class RestoreTest {
    @TempDir
    Path dir;

    /** A project whose newest changes (codes C0…C99 after the backup) are in its -wal, as after a crash. */
    private record Crashed(Path folder, Backups.Backup backup) {
    }

    private Crashed crashedProject() throws IOException {
        Path live = dir.resolve("live");
        Path crashed = dir.resolve("crashed");
        Backups.Backup backup;
        try (ProjectStore store = ProjectStore.create(live, "t", "test")) {
            for (int i = 0; i < 50; i++) {
                store.codes().add(CodePath.of("A" + i), null, "avant la sauvegarde " + i);
            }
        } // closing writes the -wal into the database: the next session starts with an empty -wal
        try (ProjectStore store = ProjectStore.open(live, "test")) {
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow();
            for (int i = 0; i < 100; i++) {
                store.codes().add(CodePath.of("C" + i), null, "après la sauvegarde, dans le -wal " + i);
            }
            assertThat(Files.size(live.resolve("terrain.sqlite-wal"))).as("changes waiting in the -wal").isPositive();
            copyTree(live, crashed); // the files as the crash left them, -wal and -shm included
        }
        return new Crashed(crashed, new Backups.Backup(crashed.resolve("backups").resolve(backup.file().getFileName()),
                backup.taken(), backup.seq(), backup.reason()));
    }

    @Test
    void copyingABackupOverTheDatabaseReplaysTheStaleWalOntoIt() throws Exception {
        Crashed crashed = crashedProject();
        // What the README used to say: copy the backup over terrain.sqlite (with the project closed).
        Files.copy(crashed.backup().file(), crashed.folder().resolve("terrain.sqlite"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> ProjectStore.open(crashed.folder(), "test")).isInstanceOf(IntegrityException.class);
    }

    @Test
    void restoreSetsTheStaleWalAsideAndTheRestoredCopyOpensWhole() throws Exception {
        Crashed crashed = crashedProject();
        Restore.Restored restored = Restore.run(crashed.folder(), crashed.backup().file().getFileName().toString(),
                "test");

        assertThat(crashed.folder().resolve("terrain.sqlite-wal")).doesNotExist();
        assertThat(crashed.folder().resolve("terrain.sqlite-shm")).doesNotExist();
        try (ProjectStore store = ProjectStore.open(crashed.folder(), "test")) {
            assertThat(store.checkIntegrity(true).ok()).isTrue();
            assertThat(codeNames(store)).hasSize(50).allMatch(name -> name.startsWith("A"));
        }
        assertThat(restored.restored()).isEqualTo(crashed.backup().file());
        assertThat(restored.savedAs().getFileName().toString()).contains("before-restore");
    }

    @Test
    void theStateBeforeTheRestoreIsABackupWithItsWalContentsThatUndoesTheRestore() throws Exception {
        Crashed crashed = crashedProject();
        Restore.Restored restored = Restore.run(crashed.folder(), crashed.backup().file().getFileName().toString(),
                "test");

        Backups backups = Backups.in(new ProjectLayout(crashed.folder()));
        assertThat(backups.list()).extracting(Backups.Backup::file).contains(restored.savedAs());
        assertThat(backups.checked()).filteredOn(c -> c.backup().file().equals(restored.savedAs()))
                .singleElement().matches(Backups.Checked::ok);

        Restore.run(crashed.folder(), restored.savedAs().toString(), "test");
        try (ProjectStore store = ProjectStore.open(crashed.folder(), "test")) {
            assertThat(codeNames(store)).as("the changes that were only in the -wal").hasSize(150);
        }
    }

    @Test
    void aDatabaseKeptByteForByteWithItsWalIsRestoredWithWhatItsWalHolds() throws Exception {
        Crashed crashed = crashedProject();
        Path backups = crashed.folder().resolve("backups");
        String kept = "terrain-20300101T000000.000Z-seq0-before-restore.sqlite";
        Files.copy(crashed.folder().resolve("terrain.sqlite"), backups.resolve(kept));
        Files.copy(crashed.folder().resolve("terrain.sqlite-wal"), backups.resolve(kept + "-wal"));

        Restore.run(crashed.folder(), kept, "test");

        try (ProjectStore store = ProjectStore.open(crashed.folder(), "test")) {
            assertThat(codeNames(store)).as("the 100 codes that were only in the -wal").hasSize(150);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingIsTouched() throws Exception {
        Crashed crashed = crashedProject();
        Path bad = crashed.folder().resolve("backups").resolve(crashed.backup().file().getFileName().toString()
                .replace("-on-request", "-hourly"));
        byte[] bytes = Files.readAllBytes(crashed.backup().file());
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as a full disk leaves it
        long before = Files.size(crashed.folder().resolve("terrain.sqlite-wal"));
        List<Backups.Backup> backups = Backups.in(new ProjectLayout(crashed.folder())).list();

        assertThatThrownBy(() -> Restore.run(crashed.folder(), bad.getFileName().toString(), "test"))
                .isInstanceOf(BackupDamagedException.class);
        assertThat(Files.size(crashed.folder().resolve("terrain.sqlite-wal"))).isEqualTo(before);
        assertThat(Backups.in(new ProjectLayout(crashed.folder())).list()).isEqualTo(backups);
    }

    @Test
    void anUnknownBackupIsAUsageErrorAndAFileOutsideBackupsIsUnknown() throws Exception {
        Crashed crashed = crashedProject();
        assertThatThrownBy(() -> Restore.run(crashed.folder(), "terrain-nope.sqlite", "test"))
                .isInstanceOf(UsageException.class);
        Path outside = dir.resolve("ailleurs.sqlite");
        Files.copy(crashed.backup().file(), outside);
        assertThatThrownBy(() -> Restore.run(crashed.folder(), outside.toString(), "test"))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void aProjectOpenElsewhereIsNotRestored() throws Exception {
        Path p = dir.resolve("p");
        Backups.Backup backup;
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow();
            assertThatThrownBy(() -> Restore.run(p, backup.file().getFileName().toString(), "test"))
                    .isInstanceOf(ProjectLockedException.class);
            assertThat(Backups.in(store.layout()).list()).hasSize(1);
        }
    }

    @Test
    void aMissingDatabaseIsRestoredAndTheIndexIsLeftToBeRebuilt() throws Exception {
        Path p = dir.resolve("p");
        Backups.Backup backup;
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow();
        }
        Files.writeString(p.resolve("index").resolve("segments_9"), "an index of another state");
        Files.delete(p.resolve("terrain.sqlite"));

        Restore.Restored restored = Restore.run(p, backup.file().getFileName().toString(), "test");

        assertThat(restored.savedAs()).as("nothing to save").isNull();
        try (ProjectStore store = ProjectStore.open(p, "test"); Stream<Path> index = Files.list(p.resolve("index"))) {
            assertThat(codeNames(store)).containsExactly("A");
            assertThat(index.toList()).as("the index recorded another state: it is rebuilt at the next search")
                    .isEmpty();
        }
    }

    private static List<String> codeNames(ProjectStore store) {
        return store.codes().list().stream().map(code -> code.path().toString()).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
