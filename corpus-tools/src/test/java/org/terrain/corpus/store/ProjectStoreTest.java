package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.IntegrityException;
import org.terrain.corpus.errors.NotAProjectException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.testing.Fixtures;

class ProjectStoreTest {
    @TempDir
    Path dir;

    @Test
    void aProjectIsAFolderWithDatabaseOriginalsIndexAndBackups() throws Exception {
        Path p = dir.resolve("p");
        try (ProjectStore store = ProjectStore.create(p, "Thèse", "test")) {
            assertThat(store.info().name()).isEqualTo("Thèse");
            OperationLogUndoTest.addSource(store, "e.txt", Fixtures.INTERVIEW);
        }
        assertThat(p.resolve("terrain.sqlite")).isRegularFile();
        assertThat(p.resolve("index")).isDirectory();
        assertThat(p.resolve("backups")).isDirectory();
        try (var originals = Files.walk(p.resolve("originals"))) {
            assertThat(originals.filter(Files::isRegularFile).toList()).hasSize(1);
        }
    }

    @Test
    void databaseSettingsAreWalForeignKeysAndTheLatestSchema() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test");
             Statement st = store.connection().createStatement()) {
            assertThat(pragma(st, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(st, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(st, "user_version")).isEqualTo(String.valueOf(Migrations.latestVersion()));
        }
    }

    private static String pragma(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void refusesAFolderThatIsNotAProjectOrNotEmpty() throws Exception {
        assertThatThrownBy(() -> ProjectStore.open(dir, "test")).isInstanceOf(NotAProjectException.class);
        Files.writeString(dir.resolve("x"), "x");
        assertThatThrownBy(() -> ProjectStore.create(dir, "t", "test")).isInstanceOf(UsageException.class);
    }

    @Test
    void deletingACodeTakesABackupFirst() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            store.codes().delete(CodePath.of("A"));
            List<Backups.Backup> backups = store.backups().list();
            assertThat(backups).hasSize(1);
            assertThat(backups.getFirst().reason()).isEqualTo("before-delete");
            assertThat(backups.getFirst().seq()).isEqualTo(1);
            store.codes().add(CodePath.of("B"), null, null);
            store.codes().delete(CodePath.of("B"));
            assertThat(store.backups().list()).hasSize(2);
        }
    }

    @Test
    void theFullCheckRunsInTheBackgroundWhileTheStoreWorks() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            var pending = store.checkIntegrityInBackground();
            store.codes().add(CodePath.of("B"), null, null);
            IntegrityReport report = pending.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(report.ok()).as(String.join("; ", report.problems())).isTrue();
            assertThat(report.full()).isTrue();
        }
    }

    @Test
    void aBackupIsACompleteDatabase() throws Exception {
        Path backup;
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow().file();
            assertThat(store.backup(Backups.Reason.ON_REQUEST)).as("same state, no second copy").isEmpty();
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM codes")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("A");
        }
    }

    @Test
    void aDamagedDatabaseIsRefusedOnOpenNamingTheBackupToRestore() throws Exception {
        Path p = dir.resolve("p");
        String backup;
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            for (int i = 0; i < 200; i++) {
                store.codes().add(CodePath.of("Code numéro " + i), null, "une description assez longue " + i);
            }
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow().name();
        }
        // Scribble over pages in the middle of the file (not the header), as a failing disk would.
        try (RandomAccessFile file = new RandomAccessFile(p.resolve("terrain.sqlite").toFile(), "rw")) {
            for (long page = 2; page * 4096 < file.length() - 4096; page += 2) {
                file.seek(page * 4096 + 8);
                file.write(new byte[200]);
            }
        }
        assertThatThrownBy(() -> ProjectStore.open(p, "test"))
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("terrain restore " + p + " " + backup);
        // The lock was released with the refusal: a retry is refused for the same reason, not for a lock.
        assertThatThrownBy(() -> ProjectStore.open(p, "test")).isInstanceOf(IntegrityException.class);
    }
}
