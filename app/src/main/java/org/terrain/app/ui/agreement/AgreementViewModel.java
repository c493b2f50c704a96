package org.terrain.app.ui.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.analysis.AgreementMethods;
import org.terrain.corpus.analysis.AgreementRequest;
import org.terrain.corpus.analysis.AgreementResult;
import org.terrain.corpus.analysis.AgreementService;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.exchange.AgreementTable;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.model.Coder;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.CoderCodings;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;

/**
 * « Accord inter-codeurs »: two coders, the codes (none chosen: every code either used) and the overlap asked of
 * segments; the engine's table per code with the overall row, and the disagreements side by side (coder A's
 * segment, coder B's, the text only one of them coded), each opening its source. The comparison runs in the
 * background; FX thread only.
 */
public final class AgreementViewModel {
    /** At most this many disagreements are listed with their text (the exports have them all). */
    static final int SHOWN_DISAGREEMENTS = 500;

    /** A line of the table: a code (null code: the overall line) and its figures. */
    public record Line(String code, double percent, double kappa, double alpha, int segmentsA, int segmentsB,
                       double segmentAgreement) {
        public boolean overall() {
            return code == null;
        }
    }

    /** A disagreement as listed: who coded the run, the run's text, and each coder's segment beside it. */
    public record Difference(String source, String code, String coder, int start, int end, String text,
                             String segmentA, String segmentB) {
    }

    private record Choices(List<String> coders, List<String> codes) {
    }

    private record Outcome(AgreementResult result, List<Difference> differences, String error) {
    }

    private final ProjectSession session;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCodes = FXCollections.observableArrayList();
    private final StringProperty coderA = new SimpleStringProperty();
    private final StringProperty coderB = new SimpleStringProperty();
    private final DoubleProperty overlap = new SimpleDoubleProperty(AgreementRequest.DEFAULT_OVERLAP);
    private final BooleanProperty codedByBoth = new SimpleBooleanProperty();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgreementResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(UiText.get("agreement.placeholder"));
    private BiConsumer<String, Span> onOpen = (source, span) -> { };
    private long runs;

    public AgreementViewModel(ProjectSession session) {
        this.session = session;
        shown.bind(result.isNotNull());
        session.revisionProperty().addListener((observable, before, now) -> refresh());
    }

    /** Reads the coders and the codes offered, keeping the choices that still exist. */
    public void refresh() {
        session.read(store -> {
            List<String> names = CoderCodings.coders(store).stream().map(Coder::name).toList();
            List<String> paths = store.codes().list().stream().map(CodeInfo::path).map(Object::toString).toList();
            return new Choices(names, paths);
        }, choices -> {
            String a = coderA.get();
            String b = coderB.get();
            coders.setAll(choices.coders());
            codes.setAll(choices.codes());
            chosenCodes.retainAll(choices.codes());
            coderA.set(a != null && coders.contains(a) ? a : null);
            coderB.set(b != null && coders.contains(b) ? b : null);
        });
    }

    /** Compares the two coders chosen, in the background. */
    public void compute() {
        if (coderA.get() == null || coderB.get() == null) {
            summary.set(UiText.get("agreement.choose_coders"));
            return;
        }
        AgreementRequest request = new AgreementRequest(coderA.get(), coderB.get(), List.copyOf(chosenCodes),
                List.of(), overlap.get(), codedByBoth.get());
        long run = ++runs;
        running.set(true);
        session.read(UiText.get("task.agreement"), store -> {
            try {
                AgreementResult compared = new AgreementService(store).compare(request);
                return new Outcome(compared, differences(store, compared), null);
            } catch (TerrainException known) {
                return new Outcome(null, List.of(), ErrorText.of(known));
            }
        }, outcome -> done(run, outcome));
    }

    /** The first disagreements with their texts: the run, and each coder's segment beside it. */
    static List<Difference> differences(ProjectStore store, AgreementResult result) {
        Map<String, CodePointIndex> texts = new HashMap<>();
        List<Difference> out = new ArrayList<>();
        for (AgreementResult.Disagreement d : result.disagreements()) {
            if (out.size() == SHOWN_DISAGREEMENTS) {
                break;
            }
            CodePointIndex text = texts.computeIfAbsent(d.source(), name -> new CodePointIndex(store.sources().get(name).text()));
            out.add(new Difference(d.source(), d.code(), d.coder(), d.start(), d.end(), cut(text, d.start(), d.end()),
                    d.segmentA() == null ? "" : cut(text, d.segmentA().start(), d.segmentA().end()),
                    d.segmentB() == null ? "" : cut(text, d.segmentB().start(), d.segmentB().end())));
        }
        return out;
    }

    private static String cut(CodePointIndex text, int start, int end) {
        int to = Math.min(end, text.codePointLength());
        return text.substring(Math.min(start, to), to).strip().replaceAll("\\s+", " ");
    }

    private void done(long run, Outcome outcome) {
        if (run != runs) {
            return;
        }
        running.set(false);
        if (outcome.error() != null) {
            result.set(null);
            lines.clear();
            differences.clear();
            summary.set(outcome.error());
            return;
        }
        AgreementResult compared = outcome.result();
        List<Line> table = new ArrayList<>();
        for (AgreementResult.Row row : compared.codes()) {
            table.add(line(row));
        }
        table.add(line(compared.overall()));
        result.set(compared);
        lines.setAll(table);
        differences.setAll(outcome.differences());
        summary.set(UiText.get("agreement.summary", compared.a().name(), compared.b().name(),
                compared.sources().size(), UiText.number(compared.units())) + " "
                + UiText.get("agreement.summary_codes", compared.codes().size(), compared.disagreements().size())
                + (compared.disagreements().size() > SHOWN_DISAGREEMENTS
                ? " " + UiText.get("agreement.first_shown", SHOWN_DISAGREEMENTS) : ""));
    }

    private static Line line(AgreementResult.Row row) {
        return new Line(row.code(), row.percent(), row.kappa(), row.alpha(), row.segmentsA(), row.segmentsB(),
                row.segmentAgreement());
    }

    /** Shows a disagreement in its source, the run selected. */
    public void open(Difference difference) {
        onOpen.accept(difference.source(), new Span(difference.start(), difference.end()));
    }

    /** Who shows a place in its source (the main ViewModel). */
    public void setOnOpen(BiConsumer<String, Span> action) {
        this.onOpen = action;
    }

    /** The methods paragraph of the result shown, in French (empty before a result). */
    public String methods() {
        return result.get() == null ? "" : AgreementMethods.french(result.get());
    }

    /** Writes the table as CSV in the interface's dialect, in the background. */
    public void exportCsv(Path file) {
        AgreementResult shown = result.get();
        if (shown == null) {
            return;
        }
        var dialect = UiText.csvDialect();
        session.read(UiText.get("task.export", file.getFileName()), store -> {
            org.terrain.corpus.exchange.PseudonymisedExport.names(store, file,
                    names -> AgreementTable.writeCsv(shown, ExportTarget.of(store.layout(), file), dialect, names));
            return file;
        }, written -> session.hint(UiText.get("agreement.exported", written.toString())));
    }

    /** Writes the table and the disagreements as XLSX, in the background. */
    public void exportXlsx(Path file) {
        AgreementResult shown = result.get();
        if (shown == null) {
            return;
        }
        session.read(UiText.get("task.export", file.getFileName()), store -> {
            org.terrain.corpus.exchange.PseudonymisedExport.names(store, file,
                    names -> AgreementTable.writeXlsx(shown, ExportTarget.of(store.layout(), file), names));
            return file;
        }, written -> session.hint(UiText.get("agreement.exported", written.toString())));
    }

    /** Tells the status bar the paragraph was copied. */
    public void copied() {
        session.hint(UiText.get("agreement.methods_copied"));
    }

    public ObservableList<String> coders() {
        return coders;
    }

    /** Every code of the project, by path. */
    public ObservableList<String> codes() {
        return codes;
    }

    /** The codes to compare (each with its sub-codes); empty: every code either coder used. */
    public ObservableList<String> chosenCodes() {
        return chosenCodes;
    }

    public StringProperty coderAProperty() {
        return coderA;
    }

    public StringProperty coderBProperty() {
        return coderB;
    }

    public DoubleProperty overlapProperty() {
        return overlap;
    }

    public BooleanProperty codedByBothProperty() {
        return codedByBoth;
    }

    /** One line per code, then the overall line. */
    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    public ReadOnlyObjectProperty<AgreementResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether a result is shown (what the exports and the paragraph need). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
