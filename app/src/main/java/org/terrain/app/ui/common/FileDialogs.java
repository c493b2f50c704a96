package org.terrain.app.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.terrain.app.project.DialogFolders;

/**
 * Shows every file dialog of the app (open, save, choose a folder) where {@link DialogFolders} says: the last
 * folder used, at first the documents folder, never inside a project; and remembers what the user chose.
 * FX thread only.
 */
public final class FileDialogs {
    private static DialogFolders folders;

    private FileDialogs() {
    }

    /** A save dialog; the file chosen, if any. */
    public static Optional<Path> save(FileChooser chooser, Window owner) {
        chooser.setInitialDirectory(initial());
        return remembered(chooser.showSaveDialog(owner));
    }

    /** An open dialog for one file. */
    public static Optional<Path> open(FileChooser chooser, Window owner) {
        chooser.setInitialDirectory(initial());
        return remembered(chooser.showOpenDialog(owner));
    }

    /** An open dialog for several files; none chosen is an empty list. */
    public static List<Path> openMany(FileChooser chooser, Window owner) {
        chooser.setInitialDirectory(initial());
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        remembered(chosen.getFirst());
        return chosen.stream().map(File::toPath).toList();
    }

    /** A folder dialog. */
    public static Optional<Path> folder(DirectoryChooser chooser, Window owner) {
        chooser.setInitialDirectory(initial());
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            folders().rememberFolder(chosen.toPath());
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static File initial() {
        Path at = folders().initial();
        return at == null ? null : at.toFile();
    }

    private static Optional<Path> remembered(File chosen) {
        if (chosen != null) {
            folders().rememberFile(chosen.toPath());
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** Read once, at the first dialog (finding the documents folder may ask the system). */
    private static DialogFolders folders() {
        if (folders == null) {
            folders = DialogFolders.forUser();
        }
        return folders;
    }
}
