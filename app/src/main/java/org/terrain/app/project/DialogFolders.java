package org.terrain.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.store.ProjectLayout;

/**
 * Where the file dialogs (open, save, choose a folder) open: the last folder the user chose one in, kept for the
 * session and in {@code $TERRAIN_HOME/last-folder.txt} for the next; at first the user's documents folder, else
 * the home folder — never the folder the app was started from. Never inside a project either (an export there is
 * refused, and its files are not the user's to pick): beside it instead. A memory that cannot be read or
 * written costs the next session's starting point, never the dialog: it is logged and ignored.
 */
public final class DialogFolders {
    public static final String FILE = "last-folder.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DialogFolders.class);

    private final Path file;
    private final Path documents;
    private final Path home;
    private Path last;

    public DialogFolders(Path file, Path documents, Path home) {
        this.file = file;
        this.documents = documents;
        this.home = home;
        this.last = read(file);
    }

    /** The user's: memory under Terrain's home, the system's documents folder. */
    public static DialogFolders forUser() {
        return new DialogFolders(TerrainHome.resolve().resolve(FILE), DocumentsFolder.forUser(),
                Path.of(System.getProperty("user.home")));
    }

    /** The folder a dialog opens in: the last used if it is still there, else documents, else home. */
    public synchronized Path initial() {
        for (Path candidate : java.util.Arrays.asList(last, documents, home)) {
            Path outside = candidate == null ? null : outsideProjects(candidate.toAbsolutePath().normalize());
            if (outside != null && Files.isDirectory(outside)) {
                return outside;
            }
        }
        return null; // no folder at all: the system's own choice
    }

    /** A file was chosen (to open or to write): its folder is where the next dialog opens. */
    public void rememberFile(Path chosen) {
        Path parent = chosen.toAbsolutePath().getParent();
        if (parent != null) {
            rememberFolder(parent);
        }
    }

    /** A folder was chosen: the next dialog opens in it. */
    public synchronized void rememberFolder(Path chosen) {
        last = chosen.toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, last.toString(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.warn("last folder of the file dialogs not saved in {}", file, e);
        }
    }

    /** {@code folder}, or the folder holding the project it is in (a project is where terrain.sqlite is). */
    private static Path outsideProjects(Path folder) {
        Path outside = folder;
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(ProjectLayout.DATABASE_NAME))) {
                outside = at.getParent();
            }
        }
        return outside;
    }

    private static Path read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (IOException | InvalidPathException e) {
            LOG.warn("last folder of the file dialogs unreadable in {}", file, e);
            return null;
        }
    }
}
