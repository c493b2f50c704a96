package org.terrain.app.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/** The contrast tab's state on a small real project: an interview against a discourse. */
class ContrastViewModelTest {
    private static final String INTERVIEW = "entretien-martine.txt";
    private static final String DISCOURSE = "discours-ministre.txt";
    private static final String INTERVIEW_TEXT = """
            [00:00:01] ENQ : Et le questionnaire, le questionnaire ?
            [00:00:04] MARTINE : L’usine, c’était l’usine, la paie et l’usine encore. On allait à l’usine à pied.
            [00:00:09] ENQ : Merci.
            [00:00:12] MARTINE : À l’usine on se connaissait, l’équipe tenait à l’usine.
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
        importer.importPaths(List.of(write(INTERVIEW, INTERVIEW_TEXT)), new ImportOptions(SourceKind.INTERVIEW,
                "Martine", Map.of("génération", "aînés"), TurnMode.ON), ProgressListener.NONE, Cancellation.none());
        importer.importPaths(List.of(write(DISCOURSE, DISCOURSE_TEXT)), new ImportOptions(SourceKind.DISCOURSE,
                null, Map.of(), TurnMode.OFF), ProgressListener.NONE, Cancellation.none());
        CodePath lieux = CodePath.parse("Pratiques/Lieux");
        store.codes().add(CodePath.of("Pratiques"), null, null);
        store.codes().add(lieux, null, null);
        String text = store.sources().get(INTERVIEW).text();
        int at = text.codePointCount(0, text.indexOf("À l’usine on se connaissait"));
        store.segments().code(INTERVIEW, lieux, List.of(new Span(at, at + "À l’usine on se connaissait".length())),
                null, "test");
        CodePath innovation = CodePath.parse("Discours/Innovation");
        store.codes().add(CodePath.of("Discours"), null, null);
        store.codes().add(innovation, null, null);
        String prose = store.sources().get(DISCOURSE).text();
        int from = prose.codePointCount(0, prose.indexOf("L’innovation est notre avenir"));
        store.segments().code(DISCOURSE, innovation, List.of(new Span(from, from + "L’innovation est".length())),
                null, "test");
        session = onFx(() -> new ProjectSession(new Background(new StatusViewModel(), failures::add),
                new StatusViewModel()));
        viewModel = onFx(() -> {
            ContrastViewModel made = new ContrastViewModel(session);
            made.minFrequencyProperty().set(1);
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
    void theSidesOfferedAreKindsRestCasesAttributesCodesSetsAndSpeakers() throws Exception {
        waitIdle();

        assertThat(onFx(() -> List.copyOf(viewModel.suggestions()))).containsExactly("kind=interview",
                "kind=discourse", "kind=observation", "rest", "case=Martine", "attr:génération=aînés", "code=Discours",
                "code=Discours/Innovation", "code=Pratiques", "code=Pratiques/Lieux", "speaker=ENQ", "speaker=MARTINE");
    }

    @Test
    void aCaseOrAnAttributeChosenAsASideIsContrastedWithTheRest() throws Exception {
        waitIdle();
        runFx(() -> {
            viewModel.sideAProperty().set("attr:génération=aînés");
            viewModel.sideBProperty().set("rest");
        });
        compare();

        assertThat(find(onFx(() -> List.copyOf(viewModel.rows())), "usine").a()).isPositive();
    }

    @Test
    void theRowsAreSortedByScoreWithTheInterviewsWordsFirstAndTheDiscoursesLast() throws Exception {
        compare();

        List<TermRow> rows = onFx(() -> List.copyOf(viewModel.rows()));
        assertThat(rows).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
        TermRow usine = find(rows, "usine");
        assertThat(usine.a()).isEqualTo(6);
        assertThat(usine.b()).isEqualTo(1);
        assertThat(usine.score()).isPositive();
        assertThat(find(rows, "innovation").score()).isNegative();
        assertThat(find(rows, "innovation").a()).isZero();
        assertThat(onFx(() -> viewModel.mostA().getFirst().term())).isEqualTo(rows.getFirst().term());
        assertThat(onFx(() -> List.copyOf(viewModel.mostB()))).extracting(TermRow::term).contains("innovation")
                .doesNotContain("usine");
        assertThat(onFx(() -> viewModel.summaryProperty().get())).contains("A :").contains("B :");
    }

    @Test
    void contentWordsAreTheDefaultAndAllFormsAreOneChoiceAway() throws Exception {
        assertThat(onFx(() -> viewModel.unitProperty().get())).isEqualTo(ContrastViewModel.Unit.CONTENT_FORMS);
        compare();
        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).extracting(TermRow::term).contains("usine")
                .doesNotContain("la", "le", "de", "à", "est", "on", "je");

        runFx(() -> viewModel.unitProperty().set(ContrastViewModel.Unit.FORMS));
        compare();
        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).extracting(TermRow::term).contains("usine", "la");
    }

    @Test
    void theInterviewersWordsCountOnlyWhenAsked() throws Exception {
        compare();
        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).extracting(TermRow::term).doesNotContain("questionnaire");

        runFx(() -> viewModel.withInterviewerProperty().set(true));
        compare();
        assertThat(find(onFx(() -> List.copyOf(viewModel.rows())), "questionnaire").a()).isEqualTo(2);
    }

    @Test
    void aChosenFormListsItsOccurrencesOnEachSideWithTheCodesCoveringThem() throws Exception {
        compare();
        TermRow usine = find(onFx(() -> List.copyOf(viewModel.rows())), "usine");

        runFx(() -> viewModel.select(usine));
        waitIdle();

        List<ConcordanceEntry> a = onFx(() -> List.copyOf(viewModel.linesA()));
        List<ConcordanceEntry> b = onFx(() -> List.copyOf(viewModel.linesB()));
        assertThat(a).hasSize(6).allSatisfy(line -> {
            assertThat(line.source()).isEqualTo(INTERVIEW);
            assertThat(line.speaker()).isEqualTo("MARTINE");
            assertThat(line.match()).isEqualToIgnoringCase("usine");
        });
        assertThat(a).filteredOn(line -> line.codes().contains("Pratiques/Lieux")).hasSize(1);
        assertThat(b).singleElement().satisfies(line -> {
            assertThat(line.source()).isEqualTo(DISCOURSE);
            assertThat(line.right()).contains("du futur");
        });
        assertThat(onFx(() -> viewModel.concordanceTitleProperty().get())).contains("usine");
    }

    @Test
    void anOccurrenceOpensItsSourceAtItsPlace() throws Exception {
        compare();
        List<String> opened = new ArrayList<>();
        runFx(() -> viewModel.setOnOpen((source, span) -> opened.add(source + " " + span.start() + "-" + span.end())));
        runFx(() -> viewModel.select(find(List.copyOf(viewModel.rows()), "innovation")));
        waitIdle();

        ConcordanceEntry first = onFx(() -> viewModel.linesB().getFirst());
        runFx(() -> viewModel.open(first));

        String text = store.sources().get(DISCOURSE).text();
        int at = text.codePointCount(0, text.indexOf("innovation"));
        assertThat(opened).containsExactly(DISCOURSE + " " + at + "-" + (at + "innovation".length()));
    }

    @Test
    void codesAreContrastedTooAndHaveNoConcordance() throws Exception {
        runFx(() -> {
            viewModel.unitProperty().set(ContrastViewModel.Unit.CODES);
            viewModel.sideBProperty().set("rest");
            viewModel.methodProperty().set(ContrastViewModel.Method.G2);
        });
        compare();

        List<TermRow> rows = onFx(() -> List.copyOf(viewModel.rows()));
        assertThat(rows).extracting(TermRow::term).containsExactly("Pratiques/Lieux", "Discours/Innovation");
        assertThat(rows.getFirst().score()).isPositive();
        assertThat(rows.getLast().score()).isNegative();

        runFx(() -> viewModel.select(rows.getFirst()));
        waitIdle();
        assertThat(onFx(() -> viewModel.linesA().isEmpty() && viewModel.linesB().isEmpty())).isTrue();
        assertThat(onFx(() -> viewModel.concordanceTitleProperty().get())).contains("Pratiques/Lieux");
    }

    @Test
    void theCsvHasABomSemicolonsAndDecimalCommas() throws Exception {
        compare();
        Path csv = temp.resolve("contraste.csv");

        runFx(() -> viewModel.exportCsv(csv));
        waitIdle();

        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(written).startsWith("\uFEFFterme;A;B;attendu;score;effet\r\n");
        assertThat(written.lines().filter(line -> line.startsWith("usine;6;1;"))).singleElement()
                .satisfies(line -> assertThat(line).matches("usine;6;1;-?[0-9]+(,[0-9]+)?;.*"));
    }

    @Test
    void anUnknownSelectorIsExplainedInsteadOfRows() throws Exception {
        compare();
        runFx(() -> viewModel.sideAProperty().set("kind=nimportequoi"));
        waitIdle();
        runFx(viewModel::compare);
        waitIdle();

        assertThat(onFx(() -> viewModel.rows().isEmpty() && viewModel.mostA().isEmpty())).isTrue();
        assertThat(onFx(() -> viewModel.hasResult())).isFalse();
        assertThat(onFx(() -> viewModel.summaryProperty().get())).startsWith("Genre de source inconnu : « nimportequoi »");
    }

    @Test
    void theCodeTableByKindCountsSegmentsSourcesAndCoverage() throws Exception {
        CodeTableViewModel.Shown shown = codeTable("kind");
        org.terrain.corpus.analysis.CodeTable table = shown.table();
        assertThat(table.parts()).containsExactly("discourse", "interview");
        assertThat(table.rows()).extracting(org.terrain.corpus.analysis.CodeTable.Row::code)
                .containsExactly("Discours", "Discours/Innovation", "Pratiques", "Pratiques/Lieux");
        var innovation = table.rows().get(1);
        var lieux = table.rows().get(3);
        assertThat(CodeTableViewModel.value(innovation, "discourse", CodeTableViewModel.Measure.SEGMENTS)).isEqualTo(1);
        assertThat(CodeTableViewModel.value(innovation, "interview", CodeTableViewModel.Measure.SEGMENTS)).isZero();
        assertThat(CodeTableViewModel.value(lieux, "interview", CodeTableViewModel.Measure.SOURCES)).isEqualTo(1);
        assertThat(CodeTableViewModel.value(lieux, "interview", CodeTableViewModel.Measure.COVERAGE))
                .isStrictlyBetween(0.0, 100.0);
        assertThat(CodeTableViewModel.value(table.rows().get(0), "discourse", CodeTableViewModel.Measure.COVERAGE))
                .isZero();
        assertThat(shown.colours()).containsKey("Pratiques/Lieux");
        assertThat(onFx(() -> viewModel.codeTable().summaryProperty().get())).contains("4 codes").contains("genre");
    }

    @Test
    void theCodeTablePercentagesAreOfTheRowAndOfTheColumn() throws Exception {
        org.terrain.corpus.analysis.CodeTable table = codeTable("kind").table();
        var lieux = table.rows().get(3);
        assertThat(CodeTableViewModel.value(lieux, "interview", CodeTableViewModel.Measure.ROW_PERCENT)).isEqualTo(100.0);
        assertThat(CodeTableViewModel.value(lieux, "discourse", CodeTableViewModel.Measure.ROW_PERCENT)).isZero();
        assertThat(CodeTableViewModel.value(lieux, "interview", CodeTableViewModel.Measure.COLUMN_PERCENT))
                .isEqualTo(100.0);
        assertThat(CodeTableViewModel.max(table, CodeTableViewModel.Measure.ROW_PERCENT)).isEqualTo(100.0);
        assertThat(CodeTableViewModel.max(table, CodeTableViewModel.Measure.SEGMENTS)).isEqualTo(1.0);
    }

    @Test
    void theCodeTableOffersTheAttributesAndPartitionsByThem() throws Exception {
        org.terrain.corpus.analysis.CodeTable table = codeTable("attr:génération").table();
        assertThat(onFx(() -> List.copyOf(viewModel.codeTable().partitions())))
                .containsExactly("kind", "case", "attr:génération");
        assertThat(table.parts()).containsExactly("aînés", "—");
        assertThat(onFx(() -> viewModel.codeTable().summaryProperty().get())).contains("attribut : génération");
    }

    @Test
    void theCodeTableExportsAsCsvAndTheHeatMapAsSvgWithOneRectPerCell() throws Exception {
        codeTable("kind");
        runFx(() -> viewModel.codeTable().measureProperty().set(CodeTableViewModel.Measure.ROW_PERCENT));
        Path csv = temp.resolve("codes.csv");
        Path svg = temp.resolve("codes.svg");
        runFx(() -> viewModel.codeTable().exportCsv(csv));
        runFx(() -> viewModel.codeTable().exportSvg(svg));
        waitIdle();

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFcode;discourse;interview\r\n")
                .contains("Pratiques/Lieux;0;100\r\n");
        org.w3c.dom.Document document = xml(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(rects(document, "cell")).isEqualTo(4 * 2);
        assertThat(rects(document, "swatch")).isEqualTo(4);
        assertThat(Files.readString(svg)).contains("Pratiques/Lieux").contains("100,0");
    }

    @Test
    void theChartExportsAsSvgWithOneRectPerBar() throws Exception {
        compare();
        Path svg = temp.resolve("chart.svg");
        runFx(() -> viewModel.exportSvg(svg));
        waitIdle();
        int bars = onFx(() -> viewModel.mostA().size() + viewModel.mostB().size());
        assertThat(bars).isPositive();
        assertThat(rects(xml(svg), "bar")).isEqualTo(bars);
    }

    @Test
    void everyExportIntoTheProjectFolderIsRefusedInASentenceAndWritesNothing() throws Exception {
        codeTable("kind");
        compare();
        Path project = temp.resolve("projet");
        List<String> before = listing(project);
        int[] pixels = new int[4];

        runFx(() -> viewModel.exportCsv(project.resolve("contraste.csv")));
        runFx(() -> viewModel.exportSvg(project.resolve("backups/graphique.svg")));
        runFx(() -> viewModel.exportPng(2, 2, pixels, project.resolve("originals/graphique.png")));
        runFx(() -> viewModel.codeTable().exportCsv(project.resolve("terrain.sqlite")));
        runFx(() -> viewModel.codeTable().exportSvg(temp.resolve("ailleurs/../projet/codes.svg")));
        runFx(() -> viewModel.codeTable().exportPng(2, 2, pixels, project.resolve("index/codes.png")));
        waitIdle();

        assertThat(failures).hasSize(6).allSatisfy(failure -> {
            assertThat(failure).isInstanceOf(org.terrain.corpus.errors.TerrainException.class);
            assertThat(((org.terrain.corpus.errors.TerrainException) failure).code())
                    .isEqualTo("export_inside_project");
            assertThat(org.terrain.app.ui.common.ErrorText.of(failure)).startsWith("Exportation refusée : ");
        });
        assertThat(listing(project)).isEqualTo(before);
        assertThat(temp.resolve("ailleurs")).doesNotExist();
    }

    @Test
    void anExportHasTheUsersDefaultPermissions() throws Exception {
        compare();
        Path folder = Files.createDirectories(temp.resolve("exports"));
        var usual = Files.getPosixFilePermissions(Files.createFile(folder.resolve("témoin")));

        runFx(() -> viewModel.exportCsv(folder.resolve("contraste.csv")));
        runFx(() -> viewModel.exportSvg(folder.resolve("graphique.svg")));
        runFx(() -> viewModel.exportPng(2, 2, new int[4], folder.resolve("graphique.png")));
        waitIdle();

        assertThat(failures).isEmpty();
        for (String name : List.of("contraste.csv", "graphique.svg", "graphique.png")) {
            assertThat(Files.getPosixFilePermissions(folder.resolve(name))).as(name).isEqualTo(usual);
        }
        assertThat(Files.readAllBytes(folder.resolve("graphique.png"))).startsWith(0x89, 'P', 'N', 'G');
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.map(path -> folder.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void svgTextIsEscaped() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        Svg.chart(List.of(new TermRow("a<b & \"c\"", 3, 1, 2, 4.5, 1)), List.of(), "kind=<x>", "rest", out);
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(out.toString())));
        assertThat(document.getDocumentElement().getTextContent()).contains("a<b & \"c\"").contains("kind=<x>");
    }

    private CodeTableViewModel.Shown codeTable(String partition) throws Exception {
        waitIdle();
        runFx(() -> {
            viewModel.codeTable().partitionProperty().set(partition);
            viewModel.codeTable().compute();
        });
        waitIdle();
        CodeTableViewModel.Shown shown = onFx(() -> viewModel.codeTable().shownProperty().get());
        assertThat(shown).as(() -> {
            try {
                return onFx(() -> viewModel.codeTable().summaryProperty().get());
            } catch (Exception e) {
                return e.toString();
            }
        }).isNotNull();
        return shown;
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static long rects(org.w3c.dom.Document document, String kind) {
        org.w3c.dom.NodeList all = document.getElementsByTagNameNS(Svg.NS, "rect");
        long n = 0;
        for (int i = 0; i < all.getLength(); i++) {
            if (kind.equals(((org.w3c.dom.Element) all.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void byLemmasTheFormsOfAWordCountTogetherAndTheConcordanceShowsThemAll() throws Exception {
        org.terrain.corpus.nlp.Annotators annotators = org.terrain.corpus.nlp.Annotators.WITHOUT_ENTITIES;
        new org.terrain.corpus.nlp.AnnotationJob(store, annotators,
                () -> org.terrain.corpus.nlp.FrenchPipeline.load(annotators), 2)
                .run(ProgressListener.NONE, Cancellation.none());
        runFx(() -> viewModel.unitProperty().set(ContrastViewModel.Unit.LEMMAS));
        compare();
        List<TermRow> rows = onFx(() -> List.copyOf(viewModel.rows()));
        assertThat(find(rows, "aller").a()).as("allait").isEqualTo(1);
        assertThat(rows).extracting(TermRow::term).contains("le").doesNotContain("allait");

        runFx(() -> viewModel.unitProperty().set(ContrastViewModel.Unit.CONTENT_LEMMAS));
        compare();
        List<TermRow> content = onFx(() -> List.copyOf(viewModel.rows()));
        assertThat(content).extracting(TermRow::term).contains("usine", "innovation").doesNotContain("le", "à");

        runFx(() -> viewModel.select(find(content, "usine")));
        waitIdle();
        assertThat(onFx(() -> List.copyOf(viewModel.linesA()))).extracting(ConcordanceEntry::match)
                .isNotEmpty().allMatch(match -> match.equalsIgnoreCase("usine"));
    }

    private void compare() throws Exception {
        waitIdle();
        runFx(viewModel::compare);
        waitIdle();
        assertThat(onFx(() -> viewModel.rows().isEmpty())).as(() -> summary()).isFalse();
    }

    private String summary() {
        try {
            return onFx(() -> viewModel.summaryProperty().get());
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static TermRow find(List<TermRow> rows, String term) {
        return rows.stream().filter(r -> r.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " not in " + rows));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    private void waitIdle() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        BooleanSupplier idle = () -> {
            try {
                return onFx(() -> session.pendingProperty().get() == 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        while (!idle.getAsBoolean()) {
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
