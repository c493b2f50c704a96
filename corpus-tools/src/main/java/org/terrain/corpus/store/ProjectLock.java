package org.terrain.corpus.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.terrain.corpus.errors.ProjectLockedException;

/**
 * One process at a time per project, through an OS file lock: the OS drops it when the process dies, even by
 * kill -9, so a lock is never stale. Who holds it is written at the start of the file for the refused one to
 * read; the lock itself covers one byte far past that text, because Windows locks are mandatory and would
 * otherwise stop the refused process from reading who holds it.
 */
public final class ProjectLock implements AutoCloseable {
    private static final long LOCK_POSITION = 1L << 40;

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link ProjectLockedException} naming the holder; never waits. */
    public static ProjectLock acquire(Path lockFile, String purpose) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new ProjectLockedException(lockFile.getParent().toString(), holder);
        }
        writeHolder(channel, purpose);
        return new ProjectLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "?" : text;
    }

    private static void writeHolder(FileChannel channel, String purpose) throws IOException {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "?";
        }
        // Words-free, so that it reads the same inside the French and the English message.
        String holder = "pid " + ProcessHandle.current().pid() + " · " + System.getProperty("user.name") + "@" + host
                + " · " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " · " + purpose + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            // Clear the holder text so a reader never sees a departed process named.
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
