package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one kind of file into a {@link ImportedDocument}. Stateless and thread-safe; it reads the bytes it is
 * given and never touches the project (the {@link ImportService} stores what it returns, atomically).
 * A file it cannot read throws an {@link org.terrain.corpus.errors.ImportException} whose code says why.
 */
public interface Importer {
    /** Lower-case extensions without the dot. */
    Set<String> extensions();

    ImportedDocument read(Path file, byte[] bytes, ImportOptions options);
}
