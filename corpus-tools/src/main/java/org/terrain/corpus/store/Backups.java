package org.terrain.corpus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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
 * during work and when a session that changed the project ends, as {@link BackupSchedule} says; when the app
 * closes a changed project; and always before a migration, a merge, a delete of codes or sources and a REFI-QDA
 * import. The file name carries the time and the change sequence number, so a copy of an unchanged database is
 * never taken twice. A restore first sets the database it replaces aside here, as one more backup.
 *
 * <p>A restore starts another line of states whose change numbers run again from the restored one's: a backup
 * taken before the latest restore never stands for the current state, however its number compares.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "terrain-(\\d{8}T\\d{6}\\.\\d{3}Z)-seq(\\d+)-([a-z0-9-]+)\\.sqlite");

    /** Why a backup was taken; part of its file name. */
    public enum Reason {
        /** Every quarter of an hour or 200 actions of work ({@link BackupSchedule#DURING_WORK}). */
        DURING_WORK,
        /** When a session that changed the project ends (the app always, the command line as scheduled). */
        AT_CLOSE,
        BEFORE_MIGRATION, BEFORE_MERGE, BEFORE_DELETE, BEFORE_EXCHANGE_IMPORT, BEFORE_UNDO, ON_REQUEST,
        /** The database a restore replaced, kept so that the restore can be undone by restoring it. */
        BEFORE_RESTORE;

        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A backup file with what its name tells. */
    public record Backup(Path file, Instant taken, long seq, String reason) {
        /** The file name: what {@code terrain restore} takes. */
        public String name() {
            return file.getFileName().toString();
        }
    }

    /** A backup with its size and whether it passes SQLite's {@code quick_check} (read-only, on a copy's own). */
    public record Checked(Backup backup, long size, boolean ok) {
    }

    private final Path folder;
    private final BackupRetention retention;
    private Clock clock = Clock.systemUTC();

    Backups(Path folder, BackupRetention retention) {
        this.folder = folder;
        this.retention = retention;
    }

    /** The backups of a project folder, read without opening the project (its database may be damaged). */
    public static Backups in(ProjectLayout layout) {
        return new Backups(layout.backups(), BackupRetention.DEFAULT);
    }

    /** The time backups are due and named by: the tests move it instead of waiting a quarter of an hour. */
    void useClock(Clock clock) {
        this.clock = clock;
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
        out.sort(Comparator.comparing(Backup::taken).thenComparingLong(Backup::seq)); // same millisecond: by seq
        return out;
    }

    public Optional<Backup> newest() {
        List<Backup> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /**
     * Every backup, oldest first, each checked: what a researcher chooses from. Reads each file whole, so it
     * takes a moment on a large project; for a listing, not for every open.
     */
    public List<Checked> checked() {
        return list().stream().map(b -> new Checked(b, sizeOf(b.file()), DatabaseCheck.passes(b.file()))).toList();
    }

    /** The newest backup that passes its check: the one to name when the database cannot be used. */
    public Optional<Backup> newestGood() {
        for (Backup b : list().reversed()) {
            if (DatabaseCheck.passes(b.file())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The newest backup taken since the latest restore (the one that set the replaced state aside excluded):
     * the only ones whose change number can say they hold the current state.
     */
    Optional<Backup> newestOfThisLine() {
        List<Backup> all = list();
        Instant restored = null;
        for (Backup b : all) {
            if (b.reason().equals(Reason.BEFORE_RESTORE.slug())) {
                restored = b.taken();
            }
        }
        Backup newest = null;
        for (Backup b : all) {
            if (restored == null || b.taken().isAfter(restored)) {
                newest = b;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Takes a backup unless the newest one already holds this very state (same change sequence number). */
    Optional<Backup> take(Connection c, long seq, Reason reason) throws SQLException, IOException {
        Optional<Backup> newest = newestOfThisLine();
        if (newest.isPresent() && newest.get().seq() == seq && seq > 0) {
            return Optional.empty();
        }
        return Optional.of(takeAlways(c, seq, reason));
    }

    /** Takes a backup when {@code schedule} says the work since the newest one is worth it. */
    Optional<Backup> takeIfDue(Connection c, long seq, BackupSchedule schedule, Reason reason)
            throws SQLException, IOException {
        if (!schedule.due(newestOfThisLine(), seq, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(takeAlways(c, seq, reason));
    }

    private Backup takeAlways(Connection c, long seq, Reason reason) throws SQLException, IOException {
        Backup taken = copy(c, seq, reason);
        prune(taken.taken());
        return taken;
    }

    private Backup copy(Connection c, long seq, Reason reason) throws SQLException, IOException {
        Files.createDirectories(folder);
        Instant now = clock.instant();
        Path target = target(now, seq, reason);
        Path partial = folder.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Only whole copies carry the backup name: a crash mid-copy leaves a .partial, never a bad backup.
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Backup(target, now, seq, reason.slug());
    }

    private Path target(Instant now, long seq, Reason reason) {
        return folder.resolve("terrain-" + STAMP.format(now) + "-seq" + seq + "-" + reason.slug() + ".sqlite");
    }

    /**
     * The database a restore is about to replace, set aside as a backup: through {@code reader} (a read-only
     * connection, so the copy holds what was still in the -wal) when the database can be read, else
     * {@code database} and its -wal copied byte for byte, for whoever tries to rescue them. Nothing is pruned
     * here: the backup being restored must stay.
     */
    Backup setAside(Connection reader, long seq, Path database) throws IOException {
        if (reader != null) {
            try {
                return copy(reader, seq, Reason.BEFORE_RESTORE);
            } catch (SQLException e) {
                LOG.info("cannot copy {} through SQLite, copying its files as they are", database, e);
            }
        }
        Files.createDirectories(folder);
        Instant now = clock.instant();
        Path target = target(now, 0, Reason.BEFORE_RESTORE);
        Path wal = database.resolveSibling(database.getFileName() + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"));
        }
        Path partial = folder.resolve(target.getFileName() + ".partial");
        Files.copy(database, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Backup(target, now, 0, Reason.BEFORE_RESTORE.slug());
    }

    void prune(Instant now) {
        List<Backup> all = list();
        Set<Instant> keep = retention.keep(all.stream().map(Backup::taken).toList(), now);
        for (Backup b : all) {
            if (!keep.contains(b.taken())) {
                try {
                    Files.deleteIfExists(b.file());
                    for (String side : new String[] {"-wal", "-shm"}) { // beside a copy kept byte for byte
                        Files.deleteIfExists(b.file().resolveSibling(b.name() + side));
                    }
                } catch (IOException e) {
                    LOG.warn("cannot delete old backup {}", b.file(), e);
                }
            }
        }
    }
}
