package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;

class BackupsTest {
    @TempDir
    Path dir;

    /** A clock the test moves: backups are due after a quarter of an hour, and the test does not wait for it. */
    static final class TestClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();

    private ProjectStore open(Path p) {
        ProjectStore store = ProjectStore.open(p, "test");
        store.backups().useClock(clock);
        return store;
    }

    @Test
    void duringWorkABackupIsTakenEveryQuarterOfAnHour() throws Exception {
        Path p = dir.resolve("p");
        ProjectStore.create(p, "t", "test").close();
        try (ProjectStore store = open(p)) {
            for (int minute = 0; minute < 60; minute++) { // one coding a minute, an hour long
                store.codes().add(CodePath.of("C" + minute), null, null);
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(store.backups().list()).as("the first change, then every 15 minutes").hasSize(4);
        }
    }

    @Test
    void duringWorkABackupIsTakenEvery200Actions() throws Exception {
        Path p = dir.resolve("p");
        ProjectStore.create(p, "t", "test").close();
        try (ProjectStore store = open(p)) {
            for (int i = 0; i < 450; i++) { // a script: 450 actions in no time
                store.codes().add(CodePath.of("C" + i), null, null);
            }
            assertThat(store.backups().list()).extracting(Backups.Backup::seq).containsExactly(1L, 201L, 401L);
        }
    }

    @Test
    void theFirstHourOfAProjectWorkedFromTheCommandLineIsKeptEveryQuarterOfAnHourAndAtItsEnd() throws Exception {
        Path p = dir.resolve("p");
        ProjectStore.create(p, "t", "test").close();
        for (int minute = 0; minute < 60; minute++) { // one command a minute, each a session of its own
            try (ProjectStore store = open(p)) {
                store.codes().add(CodePath.of("C" + minute), null, null);
            }
            clock.advance(Duration.ofMinutes(1));
        }
        List<Backups.Backup> backups = Backups.in(new ProjectLayout(p)).list();
        assertThat(backups).hasSizeGreaterThan(10); // at the end of a command every five minutes (pruned to tiers)
        for (int i = 1; i < backups.size(); i++) {
            assertThat(Duration.between(backups.get(i - 1).taken(), backups.get(i).taken()))
                    .isLessThanOrEqualTo(Duration.ofMinutes(10));
        }
        assertThat(backups.getLast().seq()).as("the hour's last state is kept").isGreaterThan(55);
    }

    @Test
    void aSessionThatChangedNothingTakesNoBackupAtClose() throws Exception {
        Path p = dir.resolve("p");
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
        }
        int before = Backups.in(new ProjectLayout(p)).list().size();
        clock.advance(Duration.ofHours(3));
        try (ProjectStore store = open(p)) {
            store.codes().list();
        }
        assertThat(Backups.in(new ProjectLayout(p)).list()).hasSize(before);
    }

    @Test
    void afterARestoreTheNextBackupIsTakenEvenAtTheSameChangeNumberAsOneOfBefore() throws Exception {
        Path p = dir.resolve("p");
        Backups.Backup early;
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            store.codes().add(CodePath.of("A"), null, null);
            early = store.backup(Backups.Reason.ON_REQUEST).orElseThrow(); // seq 1
            store.codes().add(CodePath.of("B"), null, null);
            store.codes().add(CodePath.of("C"), null, null); // seq 3
        }
        clock.advance(Duration.ofMinutes(1));
        Restore.run(p, early.name(), "test"); // the state at seq 1; the state at seq 3 set aside
        clock.advance(Duration.ofMinutes(1));
        try (ProjectStore store = open(p)) {
            store.codes().add(CodePath.of("D"), null, null);
            store.codes().add(CodePath.of("E"), null, null); // seq 3 again, another state
            assertThat(store.backup(Backups.Reason.ON_REQUEST)).as("not the state set aside").isPresent();
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
