package org.terrain.corpus.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep, in three tiers: the most recent ones, the first of each recent day, the first of each
 * recent week. The first of a day or week is the state before that day's work, so a script of 500 destructive
 * commands, each preceded by a backup, only ever replaces the "recent" tier: yesterday's and last week's states
 * stay. Pure so that it is tested without waiting for days to pass.
 */
public record BackupRetention(int recent, int days, int weeks, ZoneId zone) {
    public static final BackupRetention DEFAULT = new BackupRetention(10, 14, 8, ZoneId.systemDefault());

    /** The backups to keep among {@code taken}, given the time {@code now}. */
    public Set<Instant> keep(List<Instant> taken, Instant now) {
        List<Instant> newestFirst = taken.stream().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> keep = new HashSet<>(newestFirst.subList(0, Math.min(recent, newestFirst.size())));

        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<LocalDate, Instant> firstOfDay = new LinkedHashMap<>();
        Map<Long, Instant> firstOfWeek = new LinkedHashMap<>();
        for (Instant t : newestFirst.reversed()) {
            LocalDate day = LocalDate.ofInstant(t, zone);
            if (!day.isBefore(today.minusDays(days - 1L))) {
                firstOfDay.putIfAbsent(day, t);
            }
            if (!day.isBefore(today.minusWeeks(weeks))) {
                long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                firstOfWeek.putIfAbsent(week, t);
            }
        }
        keep.addAll(firstOfDay.values());
        keep.addAll(firstOfWeek.values());
        return keep;
    }
}
