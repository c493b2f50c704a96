package org.terrain.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxSession.onFx;
import static org.terrain.app.ui.FxSession.runFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.StatusViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/** « Fichier › Importer » and « Fichier › Exporter » on a small real project, through the session. */
class ExchangeViewModelTest {
    private static final long TIMEOUT = 60;
    private static final String INTERVIEW = """
            [00:00:01] ENQ : Et la sécurité ?
            [00:00:04] MARTINE : À Feyzin, la sécurité passait avant tout, même avant la paie.
            [00:00:09] ENQ : Merci.
            """;

    @TempDir
    Path temp;

    private ProjectStore store;
    private StatusViewModel status;
    private ProjectSession session;
    private ExchangeViewModel viewModel;
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
        Path file = Files.writeString(temp.resolve("entretien-martine.txt"), INTERVIEW);
        new ImportService(store).importPaths(List.of(file), new ImportOptions(SourceKind.INTERVIEW, "Martine",
                Map.of(), TurnMode.ON), ProgressListener.NONE, Cancellation.none());
        CodePath securite = CodePath.parse("Travail/Sécurité");
        store.codes().add(CodePath.of("Travail"), null, null);
        store.codes().add(securite, null, null);
        String text = store.sources().get("entretien-martine.txt").text();
        int at = text.codePointCount(0, text.indexOf("la sécurité passait"));
        store.segments().code("entretien-martine.txt", securite, List.of(new Span(at, at + "la sécurité passait".length())),
                null, "test");
        status = onFx(StatusViewModel::new);
        session = onFx(() -> new ProjectSession(new Background(status, failures::add), status));
        viewModel = onFx(() -> {
            ExchangeViewModel made = new ExchangeViewModel(session);
            made.setProjectName("Vallée de la chimie");
            session.use(store);
            return made;
        });
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            waitIdle();
        }
        store.close();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatWritesANonEmptyFileAndSaysSoInTheStatusBar(ExportFormat format) throws Exception {
        Path out = temp.resolve(onFx(() -> viewModel.suggestedFileName(format)));

        runFx(() -> viewModel.export(format, out, format == ExportFormat.TEI ? "licence-ouverte" : null));
        waitIdle();

        assertThat(failures).isEmpty();
        assertThat(out).exists().isNotEmptyFile();
        assertThat(out.getFileName().toString()).startsWith("Vallée de la chimie - ")
                .endsWith("." + format.extensions().getFirst());
        assertThat(onFx(() -> status.messageProperty().get())).contains(out.toString()).matches(".*(\\d|[Uu]n).*");
        assertThat(onFx(() -> status.errorProperty().get())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anExportIntoTheProjectFolderIsRefusedInASentenceAndWritesNothing(ExportFormat format) throws Exception {
        Path project = temp.resolve("projet");
        Path out = project.resolve("backups").resolve(onFx(() -> viewModel.suggestedFileName(format)));
        List<String> before = listing(project);

        runFx(() -> viewModel.export(format, out, null));
        waitIdle();

        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure).isInstanceOf(TerrainException.class);
            assertThat(((TerrainException) failure).code()).isEqualTo("export_inside_project");
            assertThat(ErrorText.of(failure)).startsWith("Exportation refusée : " + out)
                    .contains("dossier du projet");
        });
        assertThat(listing(project)).isEqualTo(before);
        assertThat(store.segments().list(null, null)).hasSize(1);
    }

    /** In a French interface, « Fichier › Exporter › Segments (CSV) » is for a French Excel, as the Segments tab. */
    @Test
    void theSegmentsCsvIsForAFrenchExcelInAFrenchInterface() throws Exception {
        Path out = temp.resolve("segments.csv");
        Path expected = temp.resolve("attendu.csv");

        runFx(() -> viewModel.export(ExportFormat.SEGMENTS_CSV, out, null));
        waitIdle();
        org.terrain.corpus.exchange.SegmentsCsv.export(store, expected, org.terrain.corpus.exchange.CsvDialect.EXCEL_FR);

        assertThat(failures).isEmpty();
        assertThat(Files.readString(out)).startsWith("\uFEFFsource;type;cas;code;début;fin;texte;codeur;mémo;")
                .isEqualTo(Files.readString(expected));
    }

    @Test
    void anExportOntoTheDatabaseLeavesItInPlace() throws Exception {
        Path database = temp.resolve("projet/terrain.sqlite");
        Object file = Files.readAttributes(database, BasicFileAttributes.class).fileKey();

        runFx(() -> viewModel.export(ExportFormat.SEGMENTS_CSV, database, null));
        waitIdle();

        assertThat(failures).singleElement().extracting(failure -> ((TerrainException) failure).code())
                .isEqualTo("export_inside_project");
        assertThat(Files.readAttributes(database, BasicFileAttributes.class).fileKey()).isEqualTo(file);
        assertThat(store.segments().list(null, null)).hasSize(1);
    }

    @Test
    void aFolderWithABadFileImportsTheGoodOnesAndReportsTheBadOneInFrench() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("terrain"));
        Files.writeString(folder.resolve("entretien-paul.txt"), "[00:00:01] PAUL : Le quart de nuit, c’était dur.");
        Files.writeString(folder.resolve("observation-atelier.txt"), "Atelier de maintenance, 8 h. Café, consignes.");
        Files.writeString(folder.resolve("vide.txt"), "");
        Files.writeString(folder.resolve("photo.png"), "pas une image");
        long revision = onFx(() -> session.revisionProperty().get());
        List<Boolean> told = new ArrayList<>();
        runFx(() -> viewModel.setOnImported(() -> told.add(true)));

        runFx(() -> viewModel.importPaths(List.of(folder)));
        waitIdle();

        ImportResult result = onFx(() -> viewModel.resultProperty().get());
        assertThat(result.cancelled()).isFalse();
        assertThat(result.imported()).extracting(ImportResult.Line::file)
                .containsExactly("entretien-paul.txt", "observation-atelier.txt");
        assertThat(result.failed()).singleElement().satisfies(line -> {
            assertThat(line.file()).isEqualTo("vide.txt");
            assertThat(line.detail()).isEqualTo("vide.txt est vide.");
        });
        assertThat(result.skipped()).singleElement().satisfies(line -> {
            assertThat(line.file()).isEqualTo("photo.png");
            assertThat(line.detail()).isEqualTo("format non pris en charge (.png)");
        });
        assertThat(store.sources().summaries()).hasSize(3);
        assertThat(onFx(() -> session.revisionProperty().get())).isGreaterThan(revision);
        assertThat(told).containsExactly(true);
        assertThat(onFx(() -> status.messageProperty().get()))
                .isEqualTo("Import terminé : 2 fichiers importés, un ignoré, un échec.");
    }

    /** A stray byte in a UTF-8 file: the file is imported, and the report says which character was lost, where. */
    @Test
    void aFileWithABadByteIsImportedWithAWarningInTheReport() throws Exception {
        byte[] head = "Réunion du comité, été 1936 : ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "les délégués décident la grève générale à l’unanimité.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Path file = Files.write(temp.resolve("compte-rendu.txt"), bytes);

        ImportResult result = ExchangeViewModel.runImport(store, List.of(file), ImportOptions.defaults(),
                ProgressListener.NONE, Cancellation.none());

        assertThat(result.imported()).extracting(ImportResult.Line::file).containsExactly("compte-rendu.txt");
        assertThat(result.warnings()).singleElement().satisfies(line -> {
            assertThat(line.file()).isEqualTo("compte-rendu.txt");
            assertThat(line.detail())
                    .startsWith("compte-rendu.txt : un caractère illisible a été remplacé par « \uFFFD »")
                    .contains("position 30 dans le texte");
        });
        assertThat(store.sources().get("compte-rendu.txt").text())
                .startsWith("Réunion du comité, été 1936 : \uFFFDles");
    }

    @Test
    void theKindTheCaseByFolderAndTurnDetectionChosenReachTheSources() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("terrain/Usine A"));
        Files.writeString(folder.resolve("atelier.txt"), "CHEF : On commence à 8 h.\nOUVRIER : D’accord.");
        Path paul = Files.createDirectories(temp.resolve("terrain/Paul"));
        Files.writeString(paul.resolve("paul.txt"), "Le quart de nuit, c’était dur.");

        runFx(() -> viewModel.importPaths(List.of(temp.resolve("terrain")), new ImportChoices(
                ImportChoices.Kind.OBSERVATION, ImportChoices.CaseMode.BY_FOLDER, "", ImportChoices.Turns.OFF)));
        waitIdle();

        var atelier = store.sources().get("atelier.txt");
        assertThat(atelier.kind()).isEqualTo(SourceKind.OBSERVATION);
        assertThat(atelier.caseName()).isEqualTo("Usine A");
        assertThat(atelier.turns()).as("turn detection off").isEmpty();
        assertThat(store.sources().get("paul.txt").caseName()).isEqualTo("Paul");
    }

    @Test
    void aNamedCaseGoesToEveryFileAndANamedCaseWithoutItsNameImportsNothing() throws Exception {
        Path note = Files.writeString(temp.resolve("note.txt"), "ENQ : Bonjour.\nPAUL : Bonjour.");
        runFx(() -> viewModel.importPaths(List.of(note), new ImportChoices(ImportChoices.Kind.AUTO,
                ImportChoices.CaseMode.NAMED, "  ", ImportChoices.Turns.AUTO)));
        waitIdle();
        assertThat(store.sources().summaries()).hasSize(1);

        runFx(() -> viewModel.importPaths(List.of(note), new ImportChoices(ImportChoices.Kind.AUTO,
                ImportChoices.CaseMode.NAMED, " Paul ", ImportChoices.Turns.ON)));
        waitIdle();

        var imported = store.sources().get("note.txt");
        assertThat(imported.caseName()).isEqualTo("Paul");
        assertThat(imported.kind()).as("turns found, no kind chosen").isEqualTo(SourceKind.INTERVIEW);
        assertThat(imported.turns()).hasSize(2);
    }

    @Test
    void refiQdaFilesAloneNeedNoOptions() {
        assertThat(ExchangeViewModel.onlyExchangeFiles(List.of(Path.of("a.qdpx"), Path.of("b.QDC")))).isTrue();
        assertThat(ExchangeViewModel.onlyExchangeFiles(List.of(Path.of("a.qdpx"), Path.of("entretiens")))).isFalse();
    }

    @Test
    void cancellingStopsBetweenFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            files.add(Files.writeString(temp.resolve("note-" + i + ".txt"), "Note de terrain numéro " + i + "."));
        }
        Cancellation cancellation = new Cancellation();
        // Asked to stop as the first file is about to be stored: that one is finished, the others are left.
        ImportResult result = ExchangeViewModel.runImport(store, files, ImportOptions.defaults(), (done, total, step) -> {
            if (done == 0 && !step.isEmpty()) {
                cancellation.cancel();
            }
        }, cancellation);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.imported()).extracting(ImportResult.Line::file).containsExactly("note-1.txt");
        assertThat(store.sources().summaries()).hasSize(2);
    }

    @Test
    void cancellingBeforeTheImportRunsImportsNothing() throws Exception {
        Path file = Files.writeString(temp.resolve("note.txt"), "Une note.");
        CountDownLatch hold = new CountDownLatch(1);
        // The background runs one task at a time: hold it so that the cancel comes before the import starts.
        runFx(() -> session.read(opened -> hold.await(TIMEOUT, TimeUnit.SECONDS), held -> { }));
        runFx(() -> viewModel.importPaths(List.of(file)));
        assertThat(onFx(() -> viewModel.importingProperty().get())).isTrue();

        runFx(viewModel::cancel);
        hold.countDown();
        waitIdle();

        ImportResult result = onFx(() -> viewModel.resultProperty().get());
        assertThat(result.cancelled()).isTrue();
        assertThat(result.imported()).isEmpty();
        assertThat(onFx(() -> viewModel.importingProperty().get())).isFalse();
        assertThat(onFx(() -> status.messageProperty().get())).startsWith("Import interrompu");
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.map(path -> folder.relativize(path) + (Files.isDirectory(path) ? "/" : " " + size(path)))
                    .sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private void waitIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT);
        while (onFx(() -> session.pendingProperty().get()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the background did not finish");
            }
            Thread.sleep(10);
        }
        onFx(() -> null);
    }
}
