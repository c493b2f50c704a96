package org.terrain.app.ui.contrast;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.imageio.ImageIO;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.app.ui.exchange.NamedFileExport;
import org.terrain.corpus.analysis.ConcordanceLine;
import org.terrain.corpus.analysis.ContrastRequest;
import org.terrain.corpus.analysis.ContrastResult;
import org.terrain.corpus.analysis.ContrastRow;
import org.terrain.corpus.analysis.ContrastService;
import org.terrain.corpus.analysis.SideBySideConcordance;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;

/**
 * The « Contraste » tab: two sides of the corpus (selectors such as {@code kind=interview}, {@code rest},
 * {@code code=Pratiques/Sécurité}), a unit (word forms or codes) and a method (specificities or G²); the
 * contrast runs in the background and gives the table sorted by score, the most specific terms of each side
 * for the chart, and, for a chosen word form, its occurrences in A and in B with the codes covering them.
 * A click on an occurrence shows it in its source. The last contrast is run again after every change of the
 * project. FX thread only.
 */
public final class ContrastViewModel {
    /** What the contrast counts. */
    /** Word forms, lemmas (all, or nouns, verbs and adjectives only: the content words), or codes. */
    /** What is counted; content words (« mots pleins ») first, the default: on, je, ça would top plain forms. */
    public enum Unit { CONTENT_FORMS, FORMS, LEMMAS, CONTENT_LEMMAS, CODES }

    /** How the score is computed. */
    public enum Method { SPECIFICITIES, G2 }

    /** Terms of each side in the chart. */
    public static final int CHART_TERMS = 15;
    /** Occurrences listed per side. */
    static final int LINES_PER_SIDE = 200;
    /** The selectors every project has; the codes follow. */
    static final List<String> BASIC_SIDES = List.of("kind=interview", "kind=discourse", "kind=observation", "rest");

    /** What a contrast run hands back: the rows, or why there are none. */
    private record Outcome(ContrastRequest request, ContrastResult result, String error) {
    }

    private final ProjectSession session;
    private final StringProperty sideA = new SimpleStringProperty("kind=interview");
    private final StringProperty sideB = new SimpleStringProperty("kind=discourse");
    private static final Set<String> CONTENT_WORDS = Set.of("NOUN", "VERB", "ADJ");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.CONTENT_FORMS);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.SPECIFICITIES);
    private final IntegerProperty minFrequency = new SimpleIntegerProperty(5);
    private final BooleanProperty withInterviewer = new SimpleBooleanProperty();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList(BASIC_SIDES);
    private final ObservableList<TermRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TermRow> mostA = FXCollections.observableArrayList();
    private final ObservableList<TermRow> mostB = FXCollections.observableArrayList();
    private final ObservableList<ConcordanceEntry> linesA = FXCollections.observableArrayList();
    private final ObservableList<ConcordanceEntry> linesB = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(UiText.get("contrast.placeholder"));
    private final ReadOnlyStringWrapper concordanceTitle = new ReadOnlyStringWrapper(UiText.get("contrast.concordance.none"));
    private final ReadOnlyObjectWrapper<ContrastRequest> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper shownA = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownB = new ReadOnlyStringWrapper("");
    private TermRow term;
    private long runs;
    private BiConsumer<String, Span> onOpen = (source, span) -> { };
    private final CodeTableViewModel codeTable;
    private final BooleanProperty realNames = new SimpleBooleanProperty(false);

    public ContrastViewModel(ProjectSession session) {
        this.session = session;
        this.codeTable = new CodeTableViewModel(session);
        codeTable.realNamesProperty().bind(realNames);
        session.revisionProperty().addListener((observable, before, now) -> reload());
    }

    /** After a change: the codes offered as sides, and the contrast shown, read again. */
    private void reload() {
        session.read(ContrastViewModel::sides, suggestions::setAll);
        ContrastRequest last = shown.get();
        if (last != null) {
            run(last, false);
        }
    }

    /**
     * Every side a researcher may pick, as selectors, in the order the chooser shows them: kinds and the rest, then
     * cases, attributes, codes, sets and speakers. The chooser shows each by its {@link SideLabels label}.
     */
    static List<String> sides(ProjectStore store) {
        List<String> out = new ArrayList<>(BASIC_SIDES);
        java.util.Set<String> cases = new java.util.TreeSet<>();
        java.util.Set<String> attributes = new java.util.TreeSet<>();
        for (org.terrain.corpus.model.SourceSummary source : store.sources().summaries()) {
            if (source.caseName() != null && !source.caseName().isBlank()) {
                cases.add("case=" + source.caseName());
            }
            source.attributes().forEach((key, value) -> attributes.add("attr:" + key + "=" + value));
        }
        out.addAll(cases);
        out.addAll(attributes);
        for (CodeInfo info : store.codes().list()) {
            out.add("code=" + info.path());
        }
        store.sets().list().forEach(set -> out.add("set=" + set.name()));
        store.sources().speakerInfo(null).forEach(speaker -> out.add("speaker=" + speaker.label()));
        return out;
    }

    /** Runs the contrast the fields describe, in the background. */
    public void compare() {
        String a = sideA.get() == null ? "" : sideA.get().strip();
        String b = sideB.get() == null ? "" : sideB.get().strip();
        if (a.isEmpty() || b.isEmpty()) {
            summary.set(UiText.get("contrast.sides_missing"));
            return;
        }
        Unit chosen = unit.get() == null ? Unit.CONTENT_FORMS : unit.get();
        ContrastRequest request = new ContrastRequest(a, b, switch (chosen) {
            case CONTENT_FORMS, FORMS -> ContrastRequest.Unit.FORM;
            case LEMMAS, CONTENT_LEMMAS -> ContrastRequest.Unit.LEMMA;
            case CODES -> ContrastRequest.Unit.CODE;
        }, method.get() == Method.G2 ? ContrastRequest.Method.G2 : ContrastRequest.Method.SPECIFICITIES,
                Math.max(1, minFrequency.get()), 0, withInterviewer.get(),
                chosen == Unit.CONTENT_LEMMAS ? CONTENT_WORDS : Set.of(), chosen == Unit.CONTENT_FORMS);
        run(request, true);
    }

    private void run(ContrastRequest request, boolean announced) {
        long run = ++runs;
        running.set(true);
        ProjectSession.StoreWork<Outcome> work = store -> {
            try {
                return new Outcome(request, new ContrastService(store).contrast(request), null);
            } catch (TerrainException known) {
                return new Outcome(request, null, ErrorText.of(known));
            }
        };
        if (announced) {
            session.read(UiText.get("task.contrast"), work, outcome -> done(run, outcome));
        } else {
            session.read(work, outcome -> done(run, outcome));
        }
    }

    private void done(long run, Outcome outcome) {
        if (run != runs) {
            return;
        }
        running.set(false);
        if (outcome.error() != null) {
            // Rows of another contrast (or of the previous project) would read as the answer: none are shown.
            shown.set(null);
            rows.clear();
            mostA.clear();
            mostB.clear();
            select(null);
            summary.set(outcome.error());
            return;
        }
        String kept = term == null || !outcome.request().equals(shown.get()) ? null : term.term();
        shown.set(outcome.request());
        shownA.set(outcome.request().a());
        shownB.set(outcome.request().b());
        List<TermRow> read = outcome.result().rows().stream().map(ContrastViewModel::row).toList();
        rows.setAll(read);
        mostA.setAll(read.stream().filter(r -> r.score() > 0).limit(CHART_TERMS).toList());
        List<TermRow> negative = read.reversed().stream().filter(r -> r.score() < 0).limit(CHART_TERMS).toList();
        mostB.setAll(negative);
        summary.set(UiText.get("contrast.summary", read.size(), outcome.result().aTokens(), outcome.result().bTokens(),
                outcome.request().unit() == ContrastRequest.Unit.CODE ? 1 : 0));
        TermRow again = kept == null ? null : read.stream().filter(r -> r.term().equals(kept)).findFirst().orElse(null);
        select(again);
    }

    private static TermRow row(ContrastRow row) {
        return new TermRow(row.term(), row.a(), row.b(), row.expected(), row.score(), row.effect());
    }

    /** Lists the occurrences of a word form in A and in B (null: none); codes have no concordance. */
    public void select(TermRow chosen) {
        term = chosen;
        ContrastRequest request = shown.get();
        if (chosen == null || request == null) {
            linesA.clear();
            linesB.clear();
            concordanceTitle.set(UiText.get("contrast.concordance.none"));
            return;
        }
        if (request.unit() == ContrastRequest.Unit.CODE) {
            linesA.clear();
            linesB.clear();
            concordanceTitle.set(UiText.get("contrast.concordance.codes", chosen.term()));
            return;
        }
        session.read(store -> new SideBySideConcordance(store).lines(request.a(), request.b(), chosen.term(),
                request.unit(), request.withInterviewer(), LINES_PER_SIDE), lines -> {
                    if (chosen != term) {
                        return;
                    }
                    List<ConcordanceEntry> a = new ArrayList<>();
                    List<ConcordanceEntry> b = new ArrayList<>();
                    for (ConcordanceLine line : lines) {
                        ConcordanceEntry entry = new ConcordanceEntry(line.source(), line.speaker(), line.start(),
                                line.end(), line.left(), line.match(), line.right(), List.copyOf(line.codes()));
                        ("a".equals(line.side()) ? a : b).add(entry);
                    }
                    linesA.setAll(a);
                    linesB.setAll(b);
                    concordanceTitle.set(UiText.get("contrast.concordance.title", chosen.term(), a.size(), b.size()));
                });
    }

    /** Shows an occurrence in its source, selected. */
    public void open(ConcordanceEntry entry) {
        onOpen.accept(entry.source(), new Span(entry.start(), entry.end()));
    }

    /** Who shows an occurrence in its source (the main ViewModel, which knows the sources and the document). */
    public void setOnOpen(BiConsumer<String, Span> action) {
        this.onOpen = action;
    }

    /**
     * Writes the table as CSV in the interface's {@linkplain UiText#csvDialect() dialect}, in the background; its
     * words through the pseudonym table once it has an entry (they can be names: « martine » is a very specific
     * word of her interview), then the leak check, unless « Exporter les noms réels » is on.
     */
    public void exportCsv(Path file) {
        List<TermRow> snapshot = List.copyOf(rows);
        CsvDialect dialect = UiText.csvDialect();
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> NamedFileExport.text(store, file,
                        "contrast_csv", real, names -> ContrastCsv.write(renamed(snapshot, names),
                                ExportTarget.of(store.layout(), file), dialect)),
                logged -> session.hint(NamedFileExport.said(
                        UiText.get("contrast.exported_csv", snapshot.size(), file.toString()), logged)));
    }

    /**
     * Reads how the chart's words and sides are to be drawn for a PNG — through the pseudonym table once it has
     * an entry, unless « Exporter les noms réels » is on — and hands it to {@code draw} on the FX thread, which
     * draws the chart with it and calls {@link #exportPng(int, int, int[], Path, UnaryOperator)}.
     */
    public void drawForPng(java.util.function.Consumer<UnaryOperator<String>> draw) {
        boolean real = realNames.get();
        session.read(store -> NamedFileExport.drawing(store, real), draw);
    }

    /** Writes an image drawn with the labels as they are: see {@link #exportPng(int, int, int[], Path, UnaryOperator)}. */
    public void exportPng(int width, int height, int[] argb, Path file) {
        exportPng(width, height, argb, file, UnaryOperator.identity());
    }

    /**
     * Writes an image (ARGB pixels, row by row, as the chart's snapshot gives them) as PNG in the background,
     * its words and sides drawn through {@code drawnWith}; once the pseudonym table has an entry, not when one of
     * them as drawn still holds a name (a PNG cannot be searched), unless « Exporter les noms réels » is on.
     */
    public void exportPng(int width, int height, int[] argb, Path file, UnaryOperator<String> drawnWith) {
        List<String> labels = new ArrayList<>();
        mostA.forEach(row -> labels.add(drawnWith.apply(row.term())));
        mostB.forEach(row -> labels.add(drawnWith.apply(row.term())));
        labels.add(drawnWith.apply(shownA.get()));
        labels.add(drawnWith.apply(shownB.get()));
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> NamedFileExport.picture(store, file,
                        "contrast_png", real, labels, () -> writePng(width, height, argb,
                                ExportTarget.of(store.layout(), file))),
                logged -> session.hint(NamedFileExport.said(
                        UiText.get("contrast.exported_png", file.toString()), logged)));
    }

    /** Writes the chart's bars (the most specific terms of each side) as SVG in the background, as the CSV. */
    public void exportSvg(Path file) {
        List<TermRow> a = List.copyOf(mostA);
        List<TermRow> b = List.copyOf(mostB);
        String nameA = shownA.get();
        String nameB = shownB.get();
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> NamedFileExport.text(store, file,
                        "contrast_svg", real, names -> ExportTarget.of(store.layout(), file).writeText(out ->
                                Svg.chart(renamed(a, names), renamed(b, names), names.apply(nameA),
                                        names.apply(nameB), out))),
                logged -> session.hint(NamedFileExport.said(
                        UiText.get("contrast.exported_svg", file.toString()), logged)));
    }

    private static List<TermRow> renamed(List<TermRow> rows, NamedFileExport.Names names) {
        return rows.stream().map(row -> new TermRow(names.apply(row.term()), row.a(), row.b(), row.expected(),
                row.score(), row.effect())).toList();
    }

    /**
     * « Exporter les noms réels » (bound to Fichier › Exporter's): off, the exports go through the pseudonym
     * table once it has an entry; on, they carry the real names and the operation log says so.
     */
    public BooleanProperty realNamesProperty() {
        return realNames;
    }

    /** « Codes × parties »: the heat map's state. */
    public CodeTableViewModel codeTable() {
        return codeTable;
    }

    static void writePng(int width, int height, int[] argb, ExportTarget file) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        file.write(out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new java.io.IOException("no PNG writer");
            }
        });
    }

    public StringProperty sideAProperty() {
        return sideA;
    }

    public StringProperty sideBProperty() {
        return sideB;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public IntegerProperty minFrequencyProperty() {
        return minFrequency;
    }

    public BooleanProperty withInterviewerProperty() {
        return withInterviewer;
    }

    /** The sides offered in the selectors: kinds, « rest », then every code. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    /** The rows of the last contrast, highest score (most specific of A) first. */
    public ObservableList<TermRow> rows() {
        return rows;
    }

    /** The most specific terms of A (positive scores, highest first), at most {@link #CHART_TERMS}. */
    public ObservableList<TermRow> mostA() {
        return mostA;
    }

    /** The most specific terms of B (negative scores, lowest first), at most {@link #CHART_TERMS}. */
    public ObservableList<TermRow> mostB() {
        return mostB;
    }

    public ObservableList<ConcordanceEntry> linesA() {
        return linesA;
    }

    public ObservableList<ConcordanceEntry> linesB() {
        return linesB;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last contrast counted, or why it could not run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty concordanceTitleProperty() {
        return concordanceTitle.getReadOnlyProperty();
    }

    /** Side A of the contrast shown (for the chart's legend and the lists' titles); "" before the first. */
    public ReadOnlyStringProperty shownAProperty() {
        return shownA.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shownBProperty() {
        return shownB.getReadOnlyProperty();
    }

    /** Whether a contrast is shown (false before the first one). */
    public boolean hasResult() {
        return shown.get() != null;
    }
}
