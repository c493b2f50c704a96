package org.terrain.app.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.terrain.corpus.store.ProjectLayout;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * The project the app works on: the folder named on the command line, or the demo project under Terrain's home.
 *
 * @param demo whether it is the demo project, built from the demo corpus when missing
 */
public record ProjectChoice(Path folder, boolean demo) {
    /** What the project lock tells a second process about who holds the project. */
    public static final String PURPOSE = "application Terrain";

    /** {@code [PROJECT]}: the folder given, else {@code <home>/demo}. */
    public static ProjectChoice fromArguments(List<String> arguments, Path terrainHome) {
        return arguments.isEmpty()
                ? new ProjectChoice(terrainHome.resolve("demo"), true)
                : new ProjectChoice(Path.of(arguments.getFirst()).toAbsolutePath(), false);
    }

    /**
     * Opens the project; creates it first when the folder is absent or empty (named after the folder), or, for
     * the demo, when it was never built. A folder with other files stays untouched: opening it fails with the
     * engine's "not a project" message. The caller closes the store.
     */
    public ProjectStore open(ProgressListener progress, Cancellation cancellation) {
        if (demo) {
            return DemoProject.openOrCreate(folder, progress, cancellation);
        }
        if (isAbsentOrEmpty(folder)) {
            return ProjectStore.create(folder, folder.getFileName().toString(), PURPOSE);
        }
        return ProjectStore.open(folder, PURPOSE);
    }

    /** Whether opening will first build the demo project, which takes a few seconds. */
    public boolean isUnbuiltDemo() {
        return demo && !Files.isRegularFile(new ProjectLayout(folder).database());
    }

    static boolean isAbsentOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
