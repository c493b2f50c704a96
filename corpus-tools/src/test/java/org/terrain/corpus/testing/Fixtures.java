package org.terrain.corpus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

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

    /** Writes {@code text} to a file of that name and imports it into the project as {@code kind}. */
    public static void importText(ProjectStore store, Path dir, String name, String text, SourceKind kind,
                                  String caseName, Map<String, String> attributes, TurnMode turns) {
        Path file = write(dir.resolve("in-" + name), name, text);
        ImportReport report = new ImportService(store).importPaths(List.of(file),
                new ImportOptions(kind, caseName, attributes, turns), ProgressListener.NONE, Cancellation.none());
        if (!report.failed().isEmpty()) {
            throw new IllegalStateException("fixture import failed: " + report.failed().getFirst().error());
        }
    }

    public static void importText(ProjectStore store, Path dir, String name, String text, SourceKind kind) {
        importText(store, dir, name, text, kind, null, Map.of(), TurnMode.AUTO);
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
