package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {
    private static final BackupRetention POLICY = new BackupRetention(10, 14, 8, ZoneOffset.UTC);
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void aScriptOf500CommandsNeverRotatesAwayTheStateBeforeIt() {
        List<Instant> taken = new ArrayList<>();
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        Instant thisMorning = Instant.parse("2026-11-25T08:00:00Z");
        taken.addAll(List.of(lastWeek, yesterday, thisMorning));
        for (int i = 0; i < 500; i++) {
            taken.add(Instant.parse("2026-11-25T17:00:00Z").plusSeconds(i));
        }
        Set<Instant> keep = POLICY.keep(taken, NOW);
        assertThat(keep).contains(lastWeek, yesterday, thisMorning);
        assertThat(keep).hasSizeLessThanOrEqualTo(10 + 14 + 8);
        assertThat(keep).contains(taken.getLast()); // the most recent stay too
    }

    @Test
    void keepsTheRecentTierWhole() {
        List<Instant> taken = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            taken.add(NOW.minusSeconds(60L * i));
        }
        assertThat(POLICY.keep(taken, NOW)).containsAll(taken.subList(0, 10));
    }

    @Test
    void keepsOnePerDayForTwoWeeksAndOnePerWeekForTwoMonths() {
        List<Instant> taken = new ArrayList<>();
        for (int day = 0; day < 120; day++) {
            for (int h = 0; h < 3; h++) {
                taken.add(NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(h * 4L)));
            }
        }
        Set<Instant> keep = POLICY.keep(taken, NOW);
        Instant tenDaysAgo = NOW.minus(Duration.ofDays(10));
        assertThat(keep.stream().filter(t -> t.isAfter(tenDaysAgo.minus(Duration.ofHours(12)))
                && t.isBefore(tenDaysAgo.plus(Duration.ofHours(12))))).hasSize(1);
        assertThat(keep.stream().filter(t -> t.isBefore(NOW.minus(Duration.ofDays(100))))).isEmpty();
        assertThat(keep.stream().filter(t -> t.isBefore(NOW.minus(Duration.ofDays(30))))).isNotEmpty();
    }
}
