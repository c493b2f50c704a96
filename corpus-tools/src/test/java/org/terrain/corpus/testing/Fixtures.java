package org.terrain.corpus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small fixtures of our own, so tests run on a fresh clone without ../shared. */
public final class Fixtures {
    public static final String INTERVIEW = """
            [00:00:02] ENQ : vous travaillez à l’usine depuis longtemps ?
            [00:00:05] MARTINE : oui, à l’usine de Saint-Fons depuis 1998 🏭
            [00:00:11] ENQ : et l’usine a changé ?
            [00:00:14] MARTINE : l’usine a beaucoup changé, les ouvrières sont parties
            """;

    private Fixtures() {
    }

    public static Path write(Path folder, String name, String content) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
