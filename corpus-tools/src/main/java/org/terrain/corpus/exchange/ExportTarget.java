package org.terrain.corpus.exchange;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.terrain.corpus.errors.ExportFailedException;
import org.terrain.corpus.errors.ExportRefusedException;
import org.terrain.corpus.store.ProjectLayout;

/**
 * The file a user chose for an export, checked, and the one way every export (command line and app) writes it.
 *
 * <p>Refused, whichever way the path is spelled ({@code ..}, symbolic links of the part that exists): anything
 * inside the project folder (the database and its WAL, backups, originals, the index, the lock — an export there
 * damages the project it reads), and anything that exists and is not a regular file (a folder, a device, a FIFO;
 * a link is judged by what it points to). A link to a regular file is written through: the file it points to is
 * replaced, the link stays.
 *
 * <p>The bytes go to a temporary file beside the target, which is then renamed over it: a failed export never
 * leaves half a file. The temporary file is created as any new file of the user is (so the umask decides its
 * permissions, as for a file saved from an editor); over an existing file, that file's permissions are kept.
 */
public final class ExportTarget {
    /** What writes the file's bytes; it may close the stream it is handed (that only flushes it). */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** What writes the file's text, UTF-8. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    private static final String TEMP_PREFIX = ".terrain-export-";

    private final Path projectRoot;
    private final Path path;

    private ExportTarget(Path projectRoot, Path path) {
        this.projectRoot = projectRoot;
        this.path = path;
    }

    /** {@code out} checked against the project; throws {@link ExportRefusedException} when it can never be written. */
    public static ExportTarget of(ProjectLayout project, Path out) {
        ExportTarget target = new ExportTarget(project.root(), out);
        target.check();
        return target;
    }

    /** The path as the user gave it (its extension names the format; messages quote it). */
    public Path path() {
        return path;
    }

    /** Writes the file atomically; an I/O failure is an {@link ExportFailedException} naming the path. */
    public void write(Body body) {
        // Checked again: the export has read the project since, and the folder may have changed meanwhile.
        Path file = check();
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(TEMP_PREFIX
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".part");
            // Created as the user's new files are (no permissions of our own: the umask decides).
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                temp = partial;
                OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel));
                body.write(new FlushOnClose(stream));
                stream.flush();
                channel.force(true); // on disk before the rename, or a crash could leave an empty file in place
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failed(e);
        } catch (UncheckedIOException e) {
            throw failed(e.getCause());
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Writes the file's text in UTF-8, atomically. */
    public void writeText(TextBody body) {
        write(stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            body.write(writer);
            writer.flush();
        });
    }

    /** Where the file really goes, or the refusal. */
    private Path check() {
        Path file;
        Path root;
        try {
            file = realLocation(path);
            root = realLocation(projectRoot);
        } catch (IOException e) {
            throw failed(e);
        }
        if (file.startsWith(root)) {
            throw ExportRefusedException.insideProject(path.toString(), projectRoot.toString());
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw ExportRefusedException.notAFile(path.toString());
        }
        return file;
    }

    /**
     * Where {@code path} is on disk: each part that exists with its links and {@code ..} resolved as the system
     * would, the rest (to be created) appended, its {@code ..} taken by name.
     */
    static Path realLocation(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path at = absolute.getRoot();
        for (Path name : absolute) {
            String part = name.toString();
            if (part.equals("..")) {
                at = at.getParent() == null ? at : at.getParent();
            } else if (!part.equals(".")) {
                Path next = at.resolve(part);
                at = Files.exists(next) ? next.toRealPath() : next;
            }
        }
        return at;
    }

    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the new file takes its folder's rights, as any file saved there does.
        }
    }

    private ExportFailedException failed(IOException e) {
        return new ExportFailedException(path.toString(), reason(e), e);
    }

    /** The system's reason, as short as it says it ("No space left on device", "Permission denied"). */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            if (reason == null) {
                reason = switch (fs) {
                    case AccessDeniedException denied -> "Permission denied";
                    case NoSuchFileException missing -> "No such file or directory";
                    case FileAlreadyExistsException taken -> "Not a directory"; // a file where a folder was to be made
                    case NotDirectoryException notFolder -> "Not a directory";
                    default -> fs.getClass().getSimpleName();
                };
            }
            // Our temporary file's name is no news to the user; another path (a file in the way) is.
            boolean ours = fs.getFile() == null || fs.getFile().contains(TEMP_PREFIX);
            return ours ? reason : fs.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // it was ours and is empty or partial; the failure that brought us here is what the user needs
        }
    }
}
