package org.terrain.corpus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the database taken with {@code VACUUM INTO} (a consistent, compact copy even while the app reads):
 * at most hourly during work, and always before a migration, a merge, a delete of codes or sources and a
 * REFI-QDA import. The file name carries the time and the change sequence number, so a copy of an unchanged
 * database is never taken twice.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "terrain-(\\d{8}T\\d{6}\\.\\d{3}Z)-seq(\\d+)-([a-z0-9-]+)\\.sqlite");
    static final Duration HOURLY = Duration.ofHours(1);

    /** Why a backup was taken; part of its file name. */
    public enum Reason {
        HOURLY, BEFORE_MIGRATION, BEFORE_MERGE, BEFORE_DELETE, BEFORE_EXCHANGE_IMPORT, BEFORE_UNDO, ON_REQUEST;

        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A backup file with what its name tells. */
    public record Backup(Path file, Instant taken, long seq, String reason) {
    }

    private final Path folder;
    private final BackupRetention retention;

    Backups(Path folder, BackupRetention retention) {
        this.folder = folder;
        this.retention = retention;
    }

    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(new Backup(f, STAMP.parse(m.group(1), Instant::from), Long.parseLong(m.group(2)),
                            m.group(3)));
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", folder, e);
        }
        out.sort(Comparator.comparing(Backup::taken));
        return out;
    }

    public Optional<Backup> newest() {
        List<Backup> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** Takes a backup unless the newest one already holds this very state (same change sequence number). */
    Optional<Backup> take(Connection c, long seq, Reason reason) throws SQLException, IOException {
        Optional<Backup> newest = newest();
        if (newest.isPresent() && newest.get().seq() == seq && seq > 0) {
            return Optional.empty();
        }
        return Optional.of(takeAlways(c, seq, reason));
    }

    /** Takes an hourly backup when the newest is more than an hour old and the data changed since. */
    Optional<Backup> takeIfDue(Connection c, long seq, Instant now) throws SQLException, IOException {
        Optional<Backup> newest = newest();
        if (newest.isPresent() && (newest.get().seq() == seq
                || Duration.between(newest.get().taken(), now).compareTo(HOURLY) < 0)) {
            return Optional.empty();
        }
        if (newest.isEmpty() && seq == 0) {
            return Optional.empty();
        }
        return Optional.of(takeAlways(c, seq, Reason.HOURLY));
    }

    private Backup takeAlways(Connection c, long seq, Reason reason) throws SQLException, IOException {
        Files.createDirectories(folder);
        Instant now = Instant.now();
        Path target = folder.resolve("terrain-" + STAMP.format(now) + "-seq" + seq + "-" + reason.slug() + ".sqlite");
        Path partial = folder.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        // Only whole copies carry the backup name: a crash mid-copy leaves a .partial, never a bad backup.
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        prune(now);
        return new Backup(target, now, seq, reason.slug());
    }

    void prune(Instant now) {
        List<Backup> all = list();
        Set<Instant> keep = retention.keep(all.stream().map(Backup::taken).toList(), now);
        for (Backup b : all) {
            if (!keep.contains(b.taken())) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    LOG.warn("cannot delete old backup {}", b.file(), e);
                }
            }
        }
    }
}
