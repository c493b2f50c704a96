package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupScheduleTest {
    private static final Instant TAKEN = Instant.parse("2026-11-25T09:00:00Z");
    private static final Optional<Backups.Backup> NEWEST = Optional.of(
            new Backups.Backup(Path.of("b.sqlite"), TAKEN, 100, "during-work"));

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "  14 | 101 | false | a quarter of an hour is not over, one action behind",
        "  15 | 101 | true  | a quarter of an hour, one action behind",
        "   1 | 299 | false | 199 actions behind",
        "   1 | 300 | true  | 200 actions behind",
        " 600 | 100 | false | nothing changed, however long",
    })
    void duringWorkAQuarterOfAnHourOr200ActionsWhicheverFirst(long minutes, long seq, boolean due, String why) {
        assertThat(BackupSchedule.DURING_WORK.due(NEWEST, seq, TAKEN.plus(Duration.ofMinutes(minutes))))
                .as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "  4 | 101 | false | four minutes, one action",
        "  5 | 101 | true  | five minutes",
        "  0 | 150 | true  | fifty actions",
        "  0 | 149 | false | 49 actions",
    })
    void atCloseFiveMinutesOrFiftyActions(long minutes, long seq, boolean due, String why) {
        assertThat(BackupSchedule.AT_CLOSE.due(NEWEST, seq, TAKEN.plus(Duration.ofMinutes(minutes))))
                .as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "    0 | 101 | true  | one action, at once",
        " 9999 | 100 | false | nothing changed",
    })
    void whenTheAppLetsAProjectGoEveryChangeIsKept(long minutes, long seq, boolean due, String why) {
        assertThat(BackupSchedule.ANY_CHANGE.due(NEWEST, seq, TAKEN.plus(Duration.ofMinutes(minutes))))
                .as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "seq {0}: {1}")
    @CsvSource({"0, false", "1, true"})
    void withoutAnyBackupTheFirstChangeIsKept(long seq, boolean due) {
        assertThat(BackupSchedule.DURING_WORK.due(Optional.empty(), seq, TAKEN)).isEqualTo(due);
    }
}
