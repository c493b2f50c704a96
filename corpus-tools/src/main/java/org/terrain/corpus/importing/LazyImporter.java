package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An importer built on first use: Tika's parsers take a second to load, which a command importing only
 * transcripts should not pay.
 */
final class LazyImporter implements Importer {
    private final Supplier<Importer> factory;
    private final Set<String> extensions;
    private volatile Importer delegate;

    LazyImporter(Supplier<Importer> factory, Set<String> extensions) {
        this.factory = factory;
        this.extensions = Set.copyOf(extensions);
    }

    @Override
    public Set<String> extensions() {
        return extensions;
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        Importer importer = delegate;
        if (importer == null) {
            synchronized (this) {
                importer = delegate;
                if (importer == null) {
                    importer = factory.get();
                    delegate = importer;
                }
            }
        }
        return importer.read(file, bytes, options);
    }
}
