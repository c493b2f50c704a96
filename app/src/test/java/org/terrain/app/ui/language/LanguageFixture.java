package org.terrain.app.ui.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.StatusViewModel;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * A small real project whose interviews name people, places and organisations, with a session on it, for the
 * language ViewModels' tests. The French models load once per test JVM ({@link SharedPipeline}).
 */
public final class LanguageFixture implements AutoCloseable {
    public static final long TIMEOUT = 120;
    public static final String MARTINE = "entretien-martine.txt";
    public static final String KARIM = "entretien-karim.txt";
    static final String MARTINE_TEXT = """
            [00:00:01] ENQ : Où avez-vous grandi ?
            [00:00:04] MARTINE : Je suis née à Lyon, puis mon père est entré chez Renault à Vénissieux.
            [00:00:12] ENQ : Et votre voisin ?
            [00:00:15] MARTINE : Jean Dupont travaillait aussi à Lyon, chez Rhône-Poulenc, à Saint-Fons.
            """;
    static final String KARIM_TEXT = """
            [00:00:01] ENQ : Vous étiez à Feyzin ?
            [00:00:03] KARIM : Oui, à la raffinerie de Feyzin, puis à Lyon avec Jean Dupont.
            """;

    public final Path temp;
    public final ProjectStore store;
    public final StatusViewModel status;
    public final ProjectSession session;
    public final List<Throwable> failures = new ArrayList<>();

    public LanguageFixture(Path temp) throws Exception {
        startFx();
        this.temp = temp;
        store = ProjectStore.create(temp.resolve("projet"), "Vallée de la chimie", "test");
        importInterview(MARTINE, MARTINE_TEXT, "Martine");
        importInterview(KARIM, KARIM_TEXT, "Karim");
        status = onFx(StatusViewModel::new);
        session = onFx(() -> new ProjectSession(new Background(status, failures::add), status));
        onFx(() -> {
            session.use(store);
            return null;
        });
    }

    public void importInterview(String name, String text, String caseName) throws Exception {
        Path file = Files.writeString(temp.resolve(name), text);
        new ImportService(store).importPaths(List.of(file), new ImportOptions(SourceKind.INTERVIEW, caseName,
                Map.of(), TurnMode.ON), ProgressListener.NONE, Cancellation.none());
    }

    /** Runs the analysis through a LanguageViewModel, as the menu does, and waits for its outcome. */
    public LanguageViewModel.Outcome analyse() throws Exception {
        LanguageViewModel language = onFx(() -> new LanguageViewModel(session));
        onFx(() -> {
            language.start();
            return null;
        });
        waitIdle();
        return onFx(() -> language.outcomeProperty().get());
    }

    public void waitIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT);
        while (onFx(() -> session.pendingProperty().get()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the background did not finish");
            }
            Thread.sleep(10);
        }
        onFx(() -> null);
    }

    @Override
    public void close() throws Exception {
        waitIdle();
        store.close();
    }

    public static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test started it
        }
    }

    public static <T> T onFx(Callable<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(read.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT, TimeUnit.SECONDS);
    }
}
