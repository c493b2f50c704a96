package org.terrain.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.BackupDamagedException;
import org.terrain.corpus.errors.NotAProjectException;
import org.terrain.corpus.errors.UsageException;

/**
 * Puts a backup back in place of the project database, the way that cannot go wrong, without opening the
 * project (its database may be damaged, empty or gone):
 * <ol>
 * <li>the backup must pass its check, or nothing is done;</li>
 * <li>under the project lock (refused while the app or a command has the project open);</li>
 * <li>the current database is set aside in {@code backups/} as a {@code before-restore} backup, so that the
 *     restore is undone by restoring that one;</li>
 * <li>its {@code -wal}, {@code -shm} (and any {@code -journal}) are deleted before the backup takes its place:
 *     SQLite would otherwise replay the old database's pending pages onto the restored copy and damage it, which
 *     is what copying a backup over {@code terrain.sqlite} by hand does;</li>
 * <li>the search index, which records the change number of another state, is emptied to be rebuilt.</li>
 * </ol>
 */
public final class Restore {
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    /**
     * What a restore did.
     *
     * @param restored the backup now in place
     * @param savedAs  the backup that holds the state before, or null when there was no database to keep
     */
    public record Restored(Path restored, Path savedAs) {
    }

    private Restore() {
    }

    /**
     * Restores the backup {@code which} (a file name from {@link Backups#list}, or a path inside {@code backups/})
     * into the project {@code folder}; {@code purpose} is what the lock tells another process meanwhile.
     */
    public static Restored run(Path folder, String which, String purpose) {
        ProjectLayout layout = new ProjectLayout(folder);
        Backups backups = Backups.in(layout);
        if (!Files.exists(layout.database()) && backups.list().isEmpty()) {
            throw new NotAProjectException(folder.toString());
        }
        Backups.Backup chosen = find(layout, backups, which);
        if (!DatabaseCheck.passes(chosen.file())) {
            throw new BackupDamagedException(folder.toString(), chosen.name());
        }
        try (ProjectLock lock = ProjectLock.acquire(layout.lockFile(), purpose)) {
            // The copy comes first: if it fails (a full disk), the project is as it was.
            Path incoming = layout.root().resolve(ProjectLayout.DATABASE_NAME + ".restoring");
            copy(chosen.file(), incoming);
            Path savedAs = setAside(layout, backups);
            for (String suffix : SIDE_FILES) {
                if (Files.deleteIfExists(layout.root().resolve(ProjectLayout.DATABASE_NAME + suffix))) {
                    LOG.info("restore of {}: deleted the stale {}{}", folder, ProjectLayout.DATABASE_NAME, suffix);
                }
            }
            Files.move(incoming, layout.database(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("restore of {}: {} is in place", folder, chosen.name());
            emptyIndex(layout.index());
            return new Restored(chosen.file(), savedAs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Backups.Backup find(ProjectLayout layout, Backups backups, String which) {
        Path folder = layout.backups().toAbsolutePath().normalize();
        Path asked = Path.of(which);
        Path wanted = asked.getNameCount() > 1 || asked.isAbsolute()
                ? asked.toAbsolutePath().normalize() : folder.resolve(asked);
        for (Backups.Backup b : backups.list()) {
            if (b.file().toAbsolutePath().normalize().equals(wanted)) {
                return b;
            }
        }
        throw new UsageException("unknown_backup", which, layout.root().toString());
    }

    /**
     * A backup is one file, except a database set aside byte for byte with its {@code -wal}: SQLite reads both
     * into the one database it copies, so nothing of that -wal is lost and none is left to replay.
     */
    private static void copy(Path backup, Path incoming) throws IOException {
        if (!Files.exists(backup.resolveSibling(backup.getFileName() + "-wal"))) {
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.deleteIfExists(incoming);
        try (Connection reader = Database.openReadOnly(backup); Statement st = reader.createStatement()) {
            st.execute("VACUUM INTO '" + incoming.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("cannot copy " + backup + " with its -wal", e);
        }
    }

    /** The database about to be replaced, as a backup; null when there is none. */
    private static Path setAside(ProjectLayout layout, Backups backups) throws IOException {
        Path database = layout.database();
        if (!Files.exists(database)) {
            return null;
        }
        Backups.Backup kept;
        try (Connection reader = Database.openReadOnly(database)) {
            boolean readable = DatabaseCheck.quickCheckPasses(reader) && DatabaseCheck.hasTerrainTables(reader);
            kept = backups.setAside(readable ? reader : null, readable ? OperationLog.lastSeq(reader) : 0, database);
        } catch (SQLException e) {
            LOG.info("restore of {}: the database cannot be read ({}); its files are kept as they are",
                    layout.root(), e.getMessage());
            kept = backups.setAside(null, 0, database);
        }
        LOG.info("restore of {}: the database it replaces is kept as {}", layout.root(), kept.name());
        return kept.file();
    }

    /** The index is derived and records the state it was built from: emptied, it is rebuilt at the next search. */
    private static void emptyIndex(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return;
        }
        try (Stream<Path> all = Files.walk(index)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(index)) {
                    Files.delete(p);
                }
            }
        }
        LOG.info("restore: emptied the search index {}", index);
    }
}
