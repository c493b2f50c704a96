package org.terrain.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.errors.NothingToUndoException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.model.ProjectInfo;

/**
 * An open project: the folder, its lock, its database connection. Opening takes the lock (a second process is
 * refused), runs {@code quick_check}, and migrates the schema after a backup. Every change goes through
 * {@link #write}: one transaction that also appends its entry to the operation log, so each user action is
 * committed at once and can be undone. The domain reads and writes live in {@link SourceStore},
 * {@link CodeStore}, {@link SegmentStore}, {@link MemoStore}…, reached from here.
 *
 * <p>Lifecycle: {@link #create} or {@link #open}, use, {@link #close} (which takes a backup when this session
 * changed the project and one is due, then releases the lock). Methods are synchronized: the app calls them from
 * background tasks. {@link #openForReading} opens without the lock, beside whoever holds the project, for
 * commands that only read.
 */
public final class ProjectStore implements AutoCloseable {
    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction tx) throws SQLException, IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);

    private final ProjectLayout layout;
    private final ProjectLock lock;
    private final Connection connection;
    private final Backups backups;
    /** Who this store's changes are made by; the app changes it when the user renames themselves. */
    private volatile Identity identity;
    private final SourceStore sources;
    private final CodeStore codes;
    private final SegmentStore segments;
    private final CaseStore cases;
    private final ExchangeStore exchange;
    private final AnnotationStore annotations;
    private final SetStore sets;
    private final MemoStore memos;
    private final ReviewStore reviews;
    private final PseudonymStore pseudonyms;
    /** What opened this store for reading only ({@link #openForReading}); null when it holds the lock to write. */
    private String readingFor;
    /** Whether an action of this session reached the operation log: then a backup may be due at close. */
    private boolean changed;

    private ProjectStore(ProjectLayout layout, ProjectLock lock, Connection connection) {
        this.layout = layout;
        this.lock = lock;
        this.connection = connection;
        this.backups = new Backups(layout.backups(), BackupRetention.DEFAULT);
        this.identity = Identity.fromEnvironment(null, System.getProperty("user.name"));
        this.sources = new SourceStore(this);
        this.codes = new CodeStore(this);
        this.segments = new SegmentStore(this);
        this.cases = new CaseStore(this);
        this.exchange = new ExchangeStore(this);
        this.annotations = new AnnotationStore(this);
        this.sets = new SetStore(this);
        this.memos = new MemoStore(this);
        this.reviews = new ReviewStore(this);
        this.pseudonyms = new PseudonymStore(this);
    }

    /** Creates a project in an absent or empty folder. */
    public static ProjectStore create(Path folder, String name, String purpose) {
        try {
            if (Files.exists(folder) && !isEmptyDirectory(folder)) {
                throw new UsageException("project_exists", folder.toString());
            }
            ProjectLayout layout = new ProjectLayout(folder);
            Files.createDirectories(folder);
            for (Path dir : List.of(layout.originals(), layout.index(), layout.backups())) {
                Files.createDirectories(dir);
            }
            ProjectLock lock = ProjectLock.acquire(layout.lockFile(), purpose);
            Connection connection = null;
            try {
                connection = Database.open(layout.database());
                Migrations.migrate(connection);
                try (PreparedStatement st = connection.prepareStatement(
                        "INSERT INTO project (id, name, guid, created_at) VALUES (1, ?, ?, ?)")) {
                    st.setString(1, name);
                    st.setString(2, UUID.randomUUID().toString());
                    st.setString(3, Instant.now().toString());
                    st.executeUpdate();
                }
                return new ProjectStore(layout, lock, connection);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                lock.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Opens an existing project: lock, quick check, migration. A database that is damaged, empty or gone is
     * refused with one sentence naming the newest good backup and the command that restores it.
     */
    public static ProjectStore open(Path folder, String purpose) {
        ProjectLayout layout = new ProjectLayout(folder);
        if (!Files.isRegularFile(layout.database())) {
            throw Damage.missing(layout);
        }
        try {
            if (Files.size(layout.database()) == 0) {
                throw Damage.empty(layout); // before SQLite writes a header into it
            }
            ProjectLock lock = ProjectLock.acquire(layout.lockFile(), purpose);
            Connection connection = null;
            try {
                connection = Database.open(layout.database());
                ProjectStore store = new ProjectStore(layout, lock, connection);
                IntegrityReport quick = store.checkIntegrity(false);
                if (!quick.ok()) {
                    throw Damage.damaged(layout, String.join("\n", quick.problems()));
                }
                if (!DatabaseCheck.hasTerrainTables(connection)) {
                    throw Damage.empty(layout);
                }
                int version = Migrations.currentVersion(connection);
                if (version < Migrations.latestVersion()) {
                    store.backups.take(connection, OperationLog.lastSeq(connection), Backups.Reason.BEFORE_MIGRATION);
                    Migrations.migrate(connection);
                } else if (version > Migrations.latestVersion()) {
                    Migrations.migrate(connection); // throws the "newer than this Terrain" message
                }
                return store;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                lock.close();
                if (e instanceof SQLException sql && isDamage(sql)
                        || e instanceof StoreException store && isDamage((SQLException) store.getCause())) {
                    throw Damage.damaged(layout, e.getMessage());
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Opens a project for reading beside the process that holds it (the app, a running import): WAL lets readers
     * run beside one writer. No lock is taken; the connection is read-only and keeps one read snapshot from its
     * first read until {@link #close}, so a command sees one committed state, never half of a change made while
     * it runs. Nothing is written (no backup, no migration, no log entry): a change through this store fails.
     *
     * <p>A database of an older Terrain needs a migration, which writes: it is opened the usual way,
     * {@link #open}, refused while another process holds the project. One of a newer Terrain is refused as
     * {@link #open} refuses it. The quick check runs as at every open: a reader cannot spread a damage, but
     * reading a damaged database without a word would let a researcher build on it; it says so in one sentence.
     */
    public static ProjectStore openForReading(Path folder, String purpose) {
        ProjectLayout layout = new ProjectLayout(folder);
        if (!Files.isRegularFile(layout.database())) {
            throw Damage.missing(layout);
        }
        Connection connection = null;
        try {
            if (Files.size(layout.database()) == 0) {
                throw Damage.empty(layout);
            }
            connection = Database.openReadOnly(layout.database());
            connection.setAutoCommit(false); // the snapshot starts at the first read: the version, below
            if (!DatabaseCheck.hasTerrainTables(connection)) {
                throw Damage.empty(layout);
            }
            int version = Migrations.currentVersion(connection);
            if (version == Migrations.latestVersion()) {
                ProjectStore store = new ProjectStore(layout, null, connection);
                store.readingFor = purpose;
                IntegrityReport quick = store.checkIntegrity(false);
                if (!quick.ok()) {
                    throw Damage.damaged(layout, String.join("\n", quick.problems()));
                }
                return store;
            }
            closeQuietly(connection);
            Migrations.refuseNewer(version);
            return open(folder, purpose);
        } catch (IOException e) {
            closeQuietly(connection);
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (isDamage(e)) {
                throw Damage.damaged(layout, e.getMessage());
            }
            throw new StoreException(e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A copy of a project's database (a pseudonymised export's, see {@link PseudonymisedCopy}) opened for reading
     * as if it were the project: {@link #layout()} is the real project's, so that an export from the copy still
     * refuses to write inside the real project folder.
     */
    static ProjectStore openCopy(Path database, ProjectLayout of, String purpose) throws SQLException {
        Connection connection = Database.openReadOnly(database);
        try {
            connection.setAutoCommit(false);
            ProjectStore store = new ProjectStore(of, null, connection);
            store.readingFor = purpose;
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Opened by {@link #openForReading}: it reads beside the holder and changes nothing. */
    public boolean readOnly() {
        return readingFor != null;
    }

    /** Every way to change the project starts here: a store opened for reading fails, saying so. */
    void requireWritable() {
        if (readingFor != null) {
            throw new IllegalStateException("project " + layout.root() + " was opened for reading only ("
                    + readingFor + "): it cannot be changed through this store");
        }
    }

    /** SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes: the file itself is damaged. */
    private static boolean isDamage(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return primary == 11 || primary == 26;
    }

    public ProjectLayout layout() {
        return layout;
    }

    public SourceStore sources() {
        return sources;
    }

    public CodeStore codes() {
        return codes;
    }

    public SegmentStore segments() {
        return segments;
    }

    public CaseStore cases() {
        return cases;
    }

    /** Named groups of sources and codes (REFI-QDA sets). */
    public SetStore sets() {
        return sets;
    }

    /** The licences of sources and cases. */
    public LicenceStore licences() {
        return new LicenceStore(this);
    }

    /** Memos on the project, sources and codes, and the project journal. */
    public MemoStore memos() {
        return memos;
    }

    /** Supervisors' verdicts brought in from review packages, and their resolution. */
    public ReviewStore reviews() {
        return reviews;
    }

    /** The pseudonym table: what replaces each real name in every export. */
    public PseudonymStore pseudonyms() {
        return pseudonyms;
    }

    /** The whole project as rows with GUIDs, for REFI-QDA export and import. */
    public ExchangeStore exchange() {
        return exchange;
    }

    /** The language analysis of the sources (derived, outside the operation log). */
    public AnnotationStore annotations() {
        return annotations;
    }

    public Backups backups() {
        return backups;
    }

    /** The name of whoever changes the project through this store (see {@link #actAs}). */
    public String who() {
        return identity.name();
    }

    /** Whoever changes the project through this store: its name and, from the app, its stable id. */
    public Identity identity() {
        return identity;
    }

    /**
     * Makes the changes that follow {@code who}'s: the codings, memos, journal entries and log entries of this
     * store carry that identity (its name, its id). By default the login ({@code user.name}); the command line
     * gives {@code --coder} or {@code $TERRAIN_CODER}, the app the identity of its preferences. Takes effect at
     * the next change, without waiting for one under way.
     */
    public void actAs(Identity who) {
        this.identity = java.util.Objects.requireNonNull(who);
    }

    Connection connection() {
        return connection;
    }

    public synchronized ProjectInfo info() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, guid, created_at FROM project WHERE id = 1")) {
            rs.next();
            return new ProjectInfo(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The change sequence number: the latest operation log entry, what derived data records. */
    public synchronized long changeSeq() {
        try {
            return OperationLog.lastSeq(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * The tables that operations after {@code seq} changed (undos and redos included): what a view that lists
     * sources, say, reads to know whether it must read again, without reading everything after every coding.
     */
    public synchronized java.util.Set<String> tablesChangedAfter(long seq) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT DISTINCT json_extract(c.value, '$.table') "
                + "FROM oplog o, json_each(o.changes) c WHERE o.seq > ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return out;
    }

    /**
     * Runs {@code work} in one transaction and appends one log entry with the row changes it made; work that
     * changes nothing leaves no entry. Takes a backup first when one is due ({@link BackupSchedule#DURING_WORK}).
     * {@code message} (an {@link OperationKind} with its arguments) says what was done, in the reader's language
     * wherever the log is shown; the entry's action is its kind's, its summary the message in English.
     */
    public synchronized <T> T write(OperationMessage message, Work<T> work) {
        return write(OperationKind.ofKey(message.key()).action(), message, english(message), 0, work);
    }

    /**
     * Appends an entry that changes nothing: an event the log keeps for the record (an export with the real
     * names). Undo passes over it, and it does not stand in the way of a redo.
     */
    public synchronized void record(OperationMessage message) {
        committed(() -> {
            Identity by = identity;
            OperationLog.append(connection, by.name(), Coders.resolve(connection, by),
                    OperationKind.ofKey(message.key()).action(), english(message), message, List.of(), 0, 0);
            changed = true;
            return null;
        });
    }

    /** The summary stored with an entry: its message in English, as the log's summaries always were. */
    private static String english(OperationMessage message) {
        return Messages.english().format(message.key(), message.args().toArray());
    }

    synchronized <T> T write(String action, OperationMessage message, String summary, long undoOf, Work<T> work) {
        return committed(() -> {
            Identity by = identity;
            Transaction tx = new Transaction(connection, () -> Coders.resolve(connection, by));
            T result = work.run(tx);
            if (!tx.changes().isEmpty()) {
                OperationLog.append(connection, by.name(), tx.coderId(), action, summary, message,
                        tx.changes(), undoOf, 0);
                changed = true;
            }
            return result;
        });
    }

    /** Work of {@link #committed}: it may throw what JDBC and file I/O throw. */
    @FunctionalInterface
    private interface Committed<T> {
        T run() throws SQLException, IOException;
    }

    /**
     * The one way a change reaches the database: refused on a store opened for reading, the backup taken first
     * when one is due, then {@code work} in one transaction, committed at once or rolled back whole.
     */
    private <T> T committed(Committed<T> work) {
        return committed(work, true);
    }

    /** The same, the backup check left out when {@code backupFirst} is false (see {@link #batch}). */
    private <T> T committed(Committed<T> work, boolean backupFirst) {
        requireWritable();
        try {
            if (backupFirst) {
                takeBackupIfDue();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Several actions in one transaction, for speed (one commit, one fsync, for many files), each action inside
     * a savepoint so that it stays all-or-nothing: an action that throws is rolled back alone, the others go
     * on and commit together at the end. A crash before that commit loses the whole group, never half an
     * action. The entries it writes are one user action in the log (one undo): see {@link GroupedAction}.
     */
    public synchronized void batch(java.util.function.Consumer<Batch> body) {
        batch(new GroupedAction(), body);
    }

    /**
     * The same, the entries joining {@code action}: one user action spread over several batches (a folder
     * import commits its files in groups) stays one action in the log, which one undo takes back whole.
     */
    public synchronized void batch(GroupedAction action, java.util.function.Consumer<Batch> body) {
        long batchBefore = action.batch;
        try {
            // The backup due during work holds the state an action starts from: taken before its first batch,
            // not before each of the groups one action commits (a copy of the database every 200 files).
            committed(() -> {
                Batch batch = new Batch(action);
                body.accept(batch);
                changed |= batch.wrote;
                return null;
            }, batchBefore == 0);
        } catch (RuntimeException e) {
            action.batch = batchBefore; // its first entry, if written here, is gone with the rest
            throw e;
        }
    }

    /**
     * One user action written through several {@link #batch}es: its log entries (one per file of an import)
     * share a batch, so that undo and redo take them all at once and the log shows them as one line, however
     * many commits stored them. An action stopped half way (Ctrl-C, a kill) is, in the log, what its commits
     * stored.
     */
    public static final class GroupedAction {
        /** The seq of the action's first entry, once one is written; 0 before. */
        private long batch;
    }

    /** The actions of one {@link #batch}; valid only inside it. */
    public final class Batch {
        private final GroupedAction group;
        private boolean wrote;

        private Batch(GroupedAction group) {
            this.group = group;
        }

        /** One action of the batch, all-or-nothing; it throws what the work threw after rolling it back. */
        public <T> T write(OperationMessage message, Work<T> work) {
            String action = OperationKind.ofKey(message.key()).action();
            try {
                java.sql.Savepoint savepoint = connection.setSavepoint();
                try {
                    Identity by = identity;
                    Transaction tx = new Transaction(connection, () -> Coders.resolve(connection, by));
                    T result = work.run(tx);
                    long first = 0;
                    if (!tx.changes().isEmpty()) {
                        long seq = OperationLog.append(connection, by.name(), tx.coderId(), action,
                                english(message), message, tx.changes(), 0, group.batch);
                        if (group.batch == 0) {
                            OperationLog.startBatch(connection, seq);
                            first = seq;
                        }
                        wrote = true;
                    }
                    connection.releaseSavepoint(savepoint);
                    if (first != 0) {
                        group.batch = first;
                    }
                    return result;
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback(savepoint);
                    connection.releaseSavepoint(savepoint);
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private void takeBackupIfDue() throws SQLException, IOException {
        backups.takeIfDue(connection, OperationLog.lastSeq(connection), BackupSchedule.DURING_WORK,
                Backups.Reason.DURING_WORK);
    }

    /** A backup now, unless the newest already holds this state; for the reasons that always need one. */
    public synchronized Optional<Backups.Backup> backup(Backups.Reason reason) {
        requireWritable(); // a reader's connection could VACUUM INTO: backups are the holder's to take and prune
        try {
            return backups.take(connection, OperationLog.lastSeq(connection), reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * A backup unless the newest already holds this state or nothing was ever done: what the app takes when it
     * lets a project go ({@link BackupSchedule#ANY_CHANGE}).
     */
    public synchronized Optional<Backups.Backup> backupIfChanged() {
        try {
            return backups.takeIfDue(connection, OperationLog.lastSeq(connection), BackupSchedule.ANY_CHANGE,
                    Backups.Reason.AT_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Inverts the latest action not yet undone (every entry of it, for a folder import); returns the entry it
     * undid, the latest of its action, with the count of entries.
     */
    public synchronized Operation undo() {
        return invertLatest(OperationLog.UNDO, this::undoCandidate, "nothing_to_undo");
    }

    /** Re-applies the latest undone action, unless a new action came since; returns the undo it reverted. */
    public synchronized Operation redo() {
        return invertLatest(OperationLog.REDO, this::redoCandidate, "nothing_to_redo");
    }

    /**
     * Undo and redo are the same move: invert one log entry, as a new entry that points back at it; for an
     * action of several entries (a batch), every entry of it, newest first, in one transaction whose entries
     * form a batch in turn. Returns the candidate, which counts the entries.
     */
    private Operation invertLatest(String action, java.util.function.Supplier<Optional<Operation>> candidate,
                                   String nothingLeft) {
        Operation target = candidate.get().orElseThrow(() -> new NothingToUndoException(nothingLeft));
        try {
            if (target.batch() == 0) {
                List<RowChange> changes = OperationLog.changesOf(connection, target.seq());
                write(action, target.message(), target.summary(), target.seq(), tx -> {
                    OperationLog.invert(tx, changes, target.seq());
                    OperationLog.markUndone(connection, target.seq());
                    return null;
                });
            } else {
                invertBatch(action, OperationLog.batchEntries(connection, target.batch(),
                        action.equals(OperationLog.REDO)));
            }
            return target;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Inverts {@code entries} (newest first) all or none: one entry each, all in one new batch. */
    private void invertBatch(String action, List<Long> entries) {
        committed(() -> {
            long batch = 0;
            Identity by = identity;
            for (long seq : entries) {
                Transaction tx = new Transaction(connection, () -> Coders.resolve(connection, by));
                OperationLog.invert(tx, OperationLog.changesOf(connection, seq), seq);
                OperationLog.markUndone(connection, seq);
                if (!tx.changes().isEmpty()) {
                    Operation inverted = OperationLog.entry(connection, seq);
                    long inverse = OperationLog.append(connection, by.name(), tx.coderId(), action,
                            inverted.summary(), inverted.message(), tx.changes(), seq, batch);
                    if (batch == 0) {
                        OperationLog.startBatch(connection, inverse);
                        batch = inverse;
                    }
                }
            }
            changed = true;
            return null;
        });
    }

    public synchronized Optional<Operation> undoCandidate() {
        try {
            return OperationLog.undoCandidate(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public synchronized Optional<Operation> redoCandidate() {
        try {
            return OperationLog.redoCandidate(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * The entries of the latest {@code limit} actions of the operation log, oldest first; an action of several
     * entries (a batch: a folder import) counts once and comes with all of them.
     */
    public synchronized List<Operation> log(int limit) {
        try {
            return OperationLog.list(connection, limit);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Every change of the codebook, oldest first, each with the undos and redos that followed it: what a methods
     * chapter cites (see {@link CodebookChange#inForce}).
     */
    public synchronized List<CodebookChange> codebookHistory() {
        try {
            return CodebookHistory.read(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * SQLite's {@code quick_check} (fast, done at every open) or the full {@code integrity_check} with the
     * foreign-key check and each original in {@code originals/} against its SHA-256 (on demand, and in the app's
     * background).
     */
    public synchronized IntegrityReport checkIntegrity(boolean full) {
        return IntegrityCheck.run(connection, full, backups, layout);
    }

    /**
     * The full check on a read-only connection of its own, on a daemon thread, so that the app goes on working
     * while a large database is read end to end (WAL lets readers run beside the writer).
     */
    public CompletableFuture<IntegrityReport> checkIntegrityInBackground() {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection reader = Database.openReadOnly(layout.database())) {
                return IntegrityCheck.run(reader, true, backups, layout);
            } catch (SQLException e) {
                return new IntegrityReport(false, true, List.of(String.valueOf(e.getMessage())),
                        backups.newestGood().map(b -> b.file().toString()).orElse(null));
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "terrain-integrity-check");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public synchronized void close() {
        try {
            if (changed) {
                backupAtClose();
            }
            closeQuietly(connection);
        } finally {
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The state a session leaves may stay for days: kept when {@link BackupSchedule#AT_CLOSE} says so. A backup
     * that fails here (a full disk) must not stop the project from closing: it is said, and the next one is due.
     */
    private void backupAtClose() {
        try {
            backups.takeIfDue(connection, OperationLog.lastSeq(connection), BackupSchedule.AT_CLOSE,
                    Backups.Reason.AT_CLOSE);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("no backup of {} at close: {}", layout.root(), e.getMessage());
            LOG.info("backup at close failed", e);
        }
    }

    static String newGuid() {
        return UUID.randomUUID().toString();
    }

    static void bind(PreparedStatement st, Object... args) throws SQLException {
        Transaction.bind(st, java.util.Arrays.asList(args));
    }

    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static boolean isEmptyDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure: the first error is the one to report
            }
        }
    }
}
