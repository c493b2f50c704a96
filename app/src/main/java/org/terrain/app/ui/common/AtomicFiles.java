package org.terrain.app.ui.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A text file the app exports, written beside its place and moved in: a failed export never leaves half a file. */
public final class AtomicFiles {
    /** What writes the file's text. */
    @FunctionalInterface
    public interface Work {
        void write(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code file} in UTF-8 (its folder made if missing). */
    public static void write(Path file, Work work) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".terrain-export", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                work.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
