package org.terrain.corpus.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Opens the project database the one way Terrain uses it. */
final class Database {
    static {
        SqliteLibrary.useCachedCopy(); // before the driver's first connection loads its native library
    }

    private Database() {
    }

    /**
     * WAL so that readers (the app's views) never block the writer; foreign keys on, since SQLite leaves them
     * off by default; synchronous FULL because a researcher's coding is worth an fsync per action; a busy
     * timeout for the app's background reader.
     */
    static Connection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * A reader beside the writer (background checks, the commands that only read); it can change nothing, and
     * on close it leaves the WAL to the writer (no checkpoint). Reading a WAL database takes its -wal and -shm
     * files: the holder's when it is open; otherwise SQLite creates them, empty, in the project folder.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
