package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void hourlyBackupsAreAtMostHourlyAndOnlyOfChangedData() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            Backups backups = store.backups();
            assertThat(backups.takeIfDue(store.connection(), 0, Instant.now())).as("nothing to keep yet").isEmpty();
            store.codes().add(CodePath.of("A"), null, null); // the first write of a session: first backup
            assertThat(backups.list()).isEmpty(); // taken before the write, when seq was 0: nothing to keep
            Instant first = backups.takeIfDue(store.connection(), 1, Instant.now()).orElseThrow().taken();

            Instant halfAnHourLater = first.plus(Duration.ofMinutes(30));
            assertThat(backups.takeIfDue(store.connection(), 2, halfAnHourLater)).isEmpty();
            Instant twoHoursLater = first.plus(Duration.ofHours(2));
            assertThat(backups.takeIfDue(store.connection(), 1, twoHoursLater)).as("unchanged").isEmpty();
            assertThat(backups.takeIfDue(store.connection(), 2, twoHoursLater)).isPresent();
        }
    }

    @Test
    void aCrashDuringABackupNeverLeavesAFileNamedAsABackup() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            Files.writeString(store.layout().backups().resolve("terrain-20260101T000000.000Z-seq1-hourly.sqlite.partial"), "x");
            assertThat(store.backups().list()).isEmpty();
            store.backup(Backups.Reason.ON_REQUEST);
            assertThat(store.backups().list()).hasSize(1);
        }
    }
}
