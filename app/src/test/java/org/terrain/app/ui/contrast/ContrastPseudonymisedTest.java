package org.terrain.app.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.StatusViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.PseudonymLeakException;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * The contrast tab's exports once the pseudonym table has an entry: the words of the table, the sides' names,
 * the cases and the codes go through it (CSV, SVG), a PNG drawn with a name is not written, and « Exporter les
 * noms réels » writes them as they are and the operation log says so. Every file is scanned for the originals.
 */
class ContrastPseudonymisedTest {
    private static final String INTERVIEW = "entretien-martine.txt";
    private static final String DISCOURSE = "discours-ministre.txt";
    private static final String INTERVIEW_TEXT = """
            [00:00:01] ENQ : Et Martine, à Feyzin ?
            [00:00:04] MARTINE : Feyzin, c’était Feyzin, la paie et Feyzin encore. On allait à Feyzin à pied.
            [00:00:12] MARTINE : À Feyzin on se connaissait, l’équipe tenait à Feyzin.
            """;
    private static final String DISCOURSE_TEXT = """
            L’innovation est notre avenir. L’innovation et la compétitivité, l’innovation partout.
            Nous porterons l’innovation dans chaque territoire : l’usine du futur est celle de l’innovation.
            """;

    @TempDir
    Path temp;

    private ProjectStore store;
    private ProjectSession session;
    private ContrastViewModel viewModel;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeAll
    static void startFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test started it
        }
    }

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("projet"), "Vallée de la chimie", "test");
        ImportService importer = new ImportService(store);
        importer.importPaths(List.of(Files.writeString(temp.resolve(INTERVIEW), INTERVIEW_TEXT)),
                new ImportOptions(SourceKind.INTERVIEW, "Martine", Map.of(), TurnMode.ON), ProgressListener.NONE,
                Cancellation.none());
        importer.importPaths(List.of(Files.writeString(temp.resolve(DISCOURSE), DISCOURSE_TEXT)),
                new ImportOptions(SourceKind.DISCOURSE, null, Map.of(), TurnMode.OFF), ProgressListener.NONE,
                Cancellation.none());
        CodePath place = CodePath.parse("Lieux/Feyzin");
        store.codes().add(CodePath.of("Lieux"), null, null);
        store.codes().add(place, null, null);
        String text = store.sources().get(INTERVIEW).text();
        int at = text.codePointCount(0, text.indexOf("À Feyzin on se connaissait"));
        store.segments().code(INTERVIEW, place, List.of(new Span(at, at + "À Feyzin".length())), null, "test");
        store.pseudonyms().put("Martine", "Odile", PseudonymCategory.PERSON, null);
        store.pseudonyms().put("Feyzin", "Commune B", PseudonymCategory.PLACE, null);
        session = onFx(() -> new ProjectSession(new Background(new StatusViewModel(), failures::add),
                new StatusViewModel()));
        viewModel = onFx(() -> {
            ContrastViewModel made = new ContrastViewModel(session);
            made.minFrequencyProperty().set(1);
            made.sideAProperty().set("case=Martine");
            made.sideBProperty().set("kind=discourse");
            session.use(store);
            return made;
        });
    }

    @AfterEach
    void close() throws Exception {
        waitIdle();
        store.close();
    }

    @Test
    void theContrastCsvAndSvgCarryTheReplacementsOfItsWordsAndSides() throws Exception {
        compare();
        assertThat(onFx(() -> viewModel.rows().stream().map(TermRow::term).toList())).contains("feyzin");
        Path csv = temp.resolve("contraste.csv");
        Path svg = temp.resolve("graphique.svg");

        runFx(() -> viewModel.exportCsv(csv));
        runFx(() -> viewModel.exportSvg(svg));
        waitIdle();

        assertThat(failures).isEmpty();
        assertNoOriginal(csv);
        assertNoOriginal(svg);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\r\ncommune b;");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("commune b", "Odile");
    }

    @Test
    void theCodeTableCsvAndSvgCarryTheReplacementsOfItsCasesAndCodes() throws Exception {
        codeTable("case");
        Path csv = temp.resolve("codes.csv");
        Path svg = temp.resolve("codes.svg");

        runFx(() -> viewModel.codeTable().exportCsv(csv));
        runFx(() -> viewModel.codeTable().exportSvg(svg));
        waitIdle();

        assertThat(failures).isEmpty();
        assertNoOriginal(csv);
        assertNoOriginal(svg);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Odile", "Lieux/Commune B");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("Odile", "Lieux/Commune B");
    }

    @Test
    void aPngDrawnWithANameIsNotWritten() throws Exception {
        compare();
        codeTable("case");
        Path chart = temp.resolve("graphique.png");
        Path heatMap = temp.resolve("codes.png");

        runFx(() -> viewModel.exportPng(2, 2, new int[4], chart));
        runFx(() -> viewModel.codeTable().exportPng(2, 2, new int[4], heatMap));
        waitIdle();

        assertThat(chart).doesNotExist();
        assertThat(heatMap).doesNotExist();
        assertThat(failures).hasSize(2).allSatisfy(failure ->
                assertThat(failure).isInstanceOf(PseudonymLeakException.class));
    }

    @Test
    void theRealNamesOnlyWhenAskedAndTheOperationLogSaysSo() throws Exception {
        compare();
        codeTable("case");
        runFx(() -> viewModel.realNamesProperty().set(true));
        Path csv = temp.resolve("contraste-reel.csv");
        Path svg = temp.resolve("codes-reel.svg");
        Path png = temp.resolve("codes-reel.png");

        runFx(() -> viewModel.exportCsv(csv));
        runFx(() -> viewModel.codeTable().exportSvg(svg));
        runFx(() -> viewModel.codeTable().exportPng(2, 2, new int[4], png));
        waitIdle();

        assertThat(failures).isEmpty();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\r\nfeyzin;");
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("Martine", "Lieux/Feyzin");
        assertThat(png).exists();
        assertThat(store.log(3)).extracting(entry -> entry.action()).containsOnly("export.originals");
    }

    /** The file scanned as the leak check folds: lower case, no accents. */
    private static void assertNoOriginal(Path file) throws Exception {
        String folded = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        assertThat(folded).doesNotContain("martine").doesNotContain("feyzin");
    }

    private void compare() throws Exception {
        waitIdle();
        runFx(viewModel::compare);
        waitIdle();
        assertThat(onFx(() -> viewModel.rows().isEmpty())).as(() -> failures.toString()).isFalse();
    }

    private void codeTable(String partition) throws Exception {
        waitIdle();
        runFx(() -> {
            viewModel.codeTable().partitionProperty().set(partition);
            viewModel.codeTable().compute();
        });
        waitIdle();
        assertThat(onFx(() -> viewModel.codeTable().shownProperty().get())).isNotNull();
    }

    private void waitIdle() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(() -> session.pendingProperty().get()) != 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("background work still running");
            }
            Thread.sleep(10);
        }
        onFx(() -> null);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void runFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }
}
