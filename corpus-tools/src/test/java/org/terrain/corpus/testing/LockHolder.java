package org.terrain.corpus.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * Opens a project and keeps it open until killed: the "first process" of the lock tests. Like the app, it can
 * also change the project while it holds it: each line on its stdin is one change ({@code import FILE}, or
 * {@code code SOURCE CODE START:END}), answered by {@code DONE} and the line on stderr once committed. It never
 * touches the search index, so the index on disk falls behind the database as the app's may.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), "lock holder test")) {
            System.err.println("READY " + store.info().name());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                change(store, line.split("\t"));
                System.err.println("DONE " + line);
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void change(ProjectStore store, String[] words) {
        switch (words[0]) {
            case "import" -> new ImportService(store).importPaths(List.of(Path.of(words[1])),
                    new ImportOptions(SourceKind.INTERVIEW, null, Map.of(), TurnMode.AUTO), ProgressListener.NONE,
                    Cancellation.none());
            case "code" -> {
                String[] range = words[3].split(":");
                store.segments().code(words[1], CodePath.of(words[2]),
                        List.of(new Span(Integer.parseInt(range[0]), Integer.parseInt(range[1]))), null, "holder");
            }
            default -> throw new IllegalArgumentException("unknown change: " + String.join(" ", words));
        }
    }
}
