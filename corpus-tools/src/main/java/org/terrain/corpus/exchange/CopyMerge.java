package org.terrain.corpus.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.ProjectLayout;
import org.terrain.corpus.store.ProjectMerge;
import org.terrain.corpus.store.ProjectStore;
import org.xml.sax.SAXException;

/**
 * Merging another copy of a project ({@code terrain merge}, the app's « Fusionner une copie… »): the copy is a
 * project folder, opened for reading (nothing of it changes), or a REFI-QDA file read as an import reads it but
 * not imported; {@link ProjectMerge} brings its codings in.
 */
public final class CopyMerge {
    private CopyMerge() {
    }

    /** What {@code other} would bring in, changing nothing. */
    public static ProjectMerge.Report preview(ProjectStore store, Path other, String defaultCoder, long maxBytes) {
        return ProjectMerge.preview(store, read(store, other, maxBytes), defaultCoder);
    }

    /** Merges {@code other} as one action (one undo), after a backup. */
    public static ProjectMerge.Report merge(ProjectStore store, Path other, String defaultCoder, long maxBytes) {
        ExchangeStore.Snapshot snapshot = read(store, other, maxBytes);
        store.backup(Backups.Reason.BEFORE_MERGE);
        return ProjectMerge.merge(store, snapshot, other.getFileName().toString(), defaultCoder);
    }

    /** The copy as a snapshot: a project folder read beside whoever holds it, or a .qdpx / .qde. */
    static ExchangeStore.Snapshot read(ProjectStore store, Path other, long maxBytes) {
        String name = other.getFileName() == null ? other.toString() : other.getFileName().toString();
        if (Files.isDirectory(other)) {
            if (sameFolder(store.layout().root(), other)) {
                throw new UsageException("merge_same_project", other.toString());
            }
            if (!Files.isRegularFile(new ProjectLayout(other).database())) {
                throw new UsageException("merge_not_a_copy", other.toString());
            }
            try (ProjectStore copy = ProjectStore.openForReading(other, "terrain merge")) {
                return copy.exchange().read();
            }
        }
        String extension = ExchangeService.extension(name).toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(other) || !(extension.equals("qdpx") || extension.equals("qde"))) {
            throw new UsageException("merge_not_a_copy", other.toString());
        }
        try {
            long size = Files.size(other);
            if (size > maxBytes) {
                throw new ImportException("file_too_large", name, size, maxBytes);
            }
            return ExchangeService.readProject(other, Files.readAllBytes(other), maxBytes).snapshot();
        } catch (SAXException e) {
            throw new ImportException("exchange_invalid", e, name, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new ImportException("corrupt_file", e, name, String.valueOf(e.getMessage()));
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
