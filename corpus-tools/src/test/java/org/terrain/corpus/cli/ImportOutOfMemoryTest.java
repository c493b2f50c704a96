package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.ChildJvm;

/**
 * A one-line text too big for the heap (200 MB under -Xmx2g for a researcher; 40 MB under -Xmx256m here, to stay
 * fast) fails on its own line, the batch goes on, and no Java trace reaches the console: it printed an
 * OutOfMemoryError with thirty lines of stack. Should the engine one day read such a file in 256 MB, this test
 * fails on the count of failed files: make the file bigger.
 */
class ImportOutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aFileTooBigForMemoryFailsInOneLineWithoutATrace() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("terrain"));
        writeOneLine(folder.resolve("gros.txt"), 40L * 1024 * 1024);
        Files.writeString(folder.resolve("petit.txt"), "Bonjour à tous.\n");
        String project = dir.resolve("p").toString();
        assertThat(CliRun.of("init", project).exit()).isZero();

        List<String> stderr;
        int exit;
        try (ChildJvm child = ChildJvm.start(List.of("-Xmx256m"), java.util.Map.of(), TerrainCli.class, "import", project,
                folder.toString(), "--lang", "fr")) {
            assertThat(child.process().waitFor(3, TimeUnit.MINUTES)).as("the import ended").isTrue();
            exit = child.process().exitValue();
            Thread.sleep(200); // the last lines of stderr
            stderr = List.copyOf(child.stderr());
        }

        assertThat(stderr).as("no Java trace").noneMatch(line -> line.startsWith("\tat ")
                || line.contains("OutOfMemoryError") || line.contains("Exception"));
        assertThat(stderr.stream().filter(line -> line.contains("gros.txt") && !line.startsWith("[")))
                .singleElement().asString().startsWith("ÉCHEC " + folder.resolve("gros.txt")
                        + " : gros.txt est trop gros pour la mémoire donnée à Java (").endsWith("Mo) : importez-le "
                        + "seul, découpez-le, ou donnez plus de mémoire à Java (TERRAIN_JAVA_OPTS=-Xmx4g).");
        assertThat(stderr).contains("Import : 1 importé(s), 0 ignoré(s), 1 en échec.");
        assertThat(exit).isEqualTo(1);
    }

    /** French words with accents (two bytes a char in memory) on one line, no line break. */
    private static void writeOneLine(Path file, long bytes) throws IOException {
        byte[] chunk = "le gouvernement qui se présente devant vous a été formé à la suite d’élections, "
                .repeat(1_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        }
    }
}
