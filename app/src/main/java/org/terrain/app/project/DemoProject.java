package org.terrain.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.terrain.codingschemes.DemoCoding;
import org.terrain.codingschemes.StarterCodebooks;
import org.terrain.corpus.coding.QuoteCoder;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.store.ProjectLayout;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * The demo project: built once from the {@link DemoCorpus}, then opened like any other. It is built in a
 * sibling {@code .partial} folder and moved into place only when complete, so an interrupted first start
 * (crash, window closed) never leaves a half-imported demo: the next start builds it again.
 */
public final class DemoProject {
    public static final String NAME = "Démo : travail industriel lyonnais";
    /** Who the demo's codings are by: the demo itself, not whoever opens it. */
    static final Identity DEMO_CODER = Identity.named("démo");

    private DemoProject() {
    }

    public static ProjectStore openOrCreate(Path folder, ProgressListener progress, Cancellation cancellation) {
        if (!Files.isRegularFile(new ProjectLayout(folder).database())) {
            build(folder, progress, cancellation);
        }
        return ProjectStore.open(folder, ProjectChoice.PURPOSE);
    }

    private static void build(Path folder, ProgressListener progress, Cancellation cancellation) {
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        Path corpus = null;
        try {
            deleteRecursively(partial);
            corpus = Files.createTempDirectory("terrain-demo-corpus");
            List<Path> files = DemoCorpus.extractTo(corpus);
            try (ProjectStore store = ProjectStore.create(partial, NAME, ProjectChoice.PURPOSE)) {
                store.actAs(DEMO_CODER); // the demo's codings and log are its own, not the user's
                ImportService importer = new ImportService(store);
                for (int i = 0; i < files.size(); i++) {
                    if (cancellation.isCancelled()) {
                        throw new CancellationException("demo project build cancelled");
                    }
                    progress.progress(i, files.size(), DemoCorpus.FILES.get(i).fileName());
                    ImportReport report = importer.importPaths(List.of(files.get(i)),
                            DemoCorpus.FILES.get(i).importOptions(), ProgressListener.NONE, cancellation);
                    if (!report.failed().isEmpty()) {
                        throw new IllegalStateException("demo corpus import failed: " + report.failed().getFirst());
                    }
                }
                codeWithTheStarterCodebook(store);
                progress.progress(files.size(), files.size(), "");
            }
            if (ProjectChoice.isAbsentOrEmpty(folder)) {
                Files.deleteIfExists(folder);
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(corpus);
        }
    }

    /** A new user sees a coded corpus at once: the thesis' starter codebook and the demo's own codings. */
    private static void codeWithTheStarterCodebook(ProjectStore store) throws IOException {
        store.codes().install(StarterCodebooks.mediationIndustrielle());
        try (InputStream in = DemoProject.class.getResourceAsStream("/demo-corpus/demo-coding.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo-coding.yaml is missing from the app");
            }
            new QuoteCoder(store).code(DemoCoding.load(in));
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException ignored) {
            // a leftover in the temp folder is harmless; the demo project is what matters
        }
    }
}
