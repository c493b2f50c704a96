package org.terrain.corpus.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the work done since the newest backup is worth one more: when that backup is {@code every} old or
 * {@code operations} actions behind, whichever comes first, and the state changed since it. Pure, so that it
 * is tested without waiting.
 *
 * <p>Why two rules. During work the check runs before each change, so the backup holds the state the change
 * starts from: at most a quarter of an hour or 200 actions are ever at risk. At the end of a session that
 * changed the project (each CLI command is one) the state is the one that will stay, possibly for days, so it
 * is kept sooner: 5 minutes or 50 actions. Not at every close: {@code VACUUM INTO} reads and writes the whole
 * database, and a script of a thousand {@code terrain code} calls would copy it a thousand times; with this
 * rule it copies it once per 5 minutes or 50 calls. The app, which closes rarely, keeps every change at close
 * ({@link #ANY_CHANGE}, through {@link ProjectStore#backupIfChanged}).
 */
public record BackupSchedule(Duration every, int operations) {
    /** Before each change: a quarter of an hour or 200 actions. */
    public static final BackupSchedule DURING_WORK = new BackupSchedule(Duration.ofMinutes(15), 200);
    /** When a session that changed the project ends: 5 minutes or 50 actions. */
    public static final BackupSchedule AT_CLOSE = new BackupSchedule(Duration.ofMinutes(5), 50);
    /** Whenever the state changed since the newest backup: when the app lets a project go. */
    public static final BackupSchedule ANY_CHANGE = new BackupSchedule(Duration.ZERO, 1);

    /**
     * @param newest the newest backup of the current line of states (see {@link Backups}), if any
     * @param seq    the database's change sequence number now
     */
    boolean due(Optional<Backups.Backup> newest, long seq, Instant now) {
        if (newest.isEmpty()) {
            return seq > 0; // an empty project has nothing to keep yet
        }
        if (newest.get().seq() == seq) {
            return false;
        }
        long behind = Math.abs(seq - newest.get().seq());
        return behind >= operations || Duration.between(newest.get().taken(), now).compareTo(every) >= 0;
    }
}
