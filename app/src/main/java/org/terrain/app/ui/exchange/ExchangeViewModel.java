package org.terrain.app.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.errors.PseudonymLeakException;
import org.terrain.corpus.exchange.CodebookLogExport;
import org.terrain.corpus.exchange.ExchangeService;
import org.terrain.corpus.exchange.HtmlReport;
import org.terrain.corpus.exchange.IramuteqExport;
import org.terrain.corpus.exchange.JournalExport;
import org.terrain.corpus.exchange.MemosExport;
import org.terrain.corpus.exchange.PublicationLicences;
import org.terrain.corpus.exchange.PseudonymisedExport;
import org.terrain.corpus.exchange.QuotationsExport;
import org.terrain.corpus.exchange.SegmentsCsv;
import org.terrain.corpus.exchange.TeiExport;
import org.terrain.corpus.exchange.XlsxExport;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * « Fichier › Importer… » and « Fichier › Exporter »: runs {@link ImportService} and the exporters of
 * {@code org.terrain.corpus.exchange} in the background, through the {@link ProjectSession}. An import can be
 * stopped ({@link #cancel}: the engine stops between two files) and ends with its {@link ImportResult}, worded
 * in the interface's language; an export ends with a status message naming the file and what it holds.
 * FX thread only.
 */
public final class ExchangeViewModel {
    private final ProjectSession session;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty realNames = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ExportOutcome> leaked = new ReadOnlyObjectWrapper<>();
    private Cancellation cancellation = new Cancellation();
    private Runnable onImported = () -> { };
    private String projectName = "";

    public ExchangeViewModel(ProjectSession session) {
        this.session = session;
    }

    /**
     * Imports files and folders (documents, transcripts, REFI-QDA .qdpx/.qde/.qdc) into the open project; the
     * {@linkplain #resultProperty() result} is set once done, and the panes read the project again.
     */
    public void importPaths(List<Path> paths) {
        importPaths(paths, ImportChoices.defaults());
    }

    /** The same with the kind, case and turn detection the import dialog asked for. */
    public void importPaths(List<Path> paths, ImportChoices choices) {
        if (importing.get() || paths.isEmpty() || !choices.isComplete()) {
            return;
        }
        Cancellation token = new Cancellation();
        cancellation = token;
        result.set(null);
        Task<ImportResult> task = session.run(UiText.get("task.import"),
                (store, listener, stop) -> runImport(store, paths, options(choices), listener, stop), token, true,
                done -> UiText.get(done.cancelled() ? "status.import_cancelled" : "status.imported",
                        done.imported().size(), done.skipped().size(), done.failed().size()),
                done -> {
                    importing.set(false);
                    result.set(done);
                    onImported.run();
                });
        if (task == null) {
            return;
        }
        importing.set(true);
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        task.stateProperty().addListener((observable, before, state) -> {
            if (state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                importing.set(false);
            }
            if (task.isDone()) {
                progress.unbind();
                progressText.unbind();
            }
        });
    }

    /** Asks the running import to stop: the file being stored is finished, the next ones are left. */
    public void cancel() {
        cancellation.cancel();
    }

    /** The import, worded: run off the FX thread (and by tests on theirs). */
    static ImportResult runImport(ProjectStore store, List<Path> paths, ImportOptions options,
            ProgressListener listener, Cancellation cancellation) {
        ImportReport report = new ImportService(store).importPaths(paths, options, listener, cancellation);
        return worded(report, UiText.engineMessages());
    }

    /** The dialog's choices in the engine's terms. */
    static ImportOptions options(ImportChoices choices) {
        SourceKind kind = switch (choices.kind()) {
            case AUTO -> null;
            case INTERVIEW -> SourceKind.INTERVIEW;
            case OBSERVATION -> SourceKind.OBSERVATION;
            case DISCOURSE -> SourceKind.DISCOURSE;
            case OTHER -> SourceKind.OTHER;
        };
        TurnMode turns = switch (choices.turns()) {
            case AUTO -> TurnMode.AUTO;
            case ON -> TurnMode.ON;
            case OFF -> TurnMode.OFF;
        };
        return new ImportOptions(kind, choices.caseMode() == ImportChoices.CaseMode.NAMED ? choices.caseName() : null,
                Map.of(), turns, choices.caseMode() == ImportChoices.CaseMode.BY_FOLDER);
    }

    /** Whether every path is a REFI-QDA file, which brings its own kinds and cases: nothing to ask then. */
    public static boolean onlyExchangeFiles(List<Path> paths) {
        return !paths.isEmpty() && paths.stream().allMatch(path -> ExchangeService.handles(String.valueOf(path.getFileName())));
    }

    static ImportResult worded(ImportReport report, Messages messages) {
        List<ImportResult.Line> imported = new ArrayList<>();
        List<ImportResult.Line> warnings = new ArrayList<>();
        for (ImportReport.Imported file : report.imported()) {
            imported.add(line(file.path(), UiText.get("import.report.source", file.source(), file.words())));
            for (ImportReport.Warning warning : file.warnings()) {
                warnings.add(line(file.path(), messages.format(warning.code(), warning.args())));
            }
        }
        List<ImportResult.Line> skipped = new ArrayList<>();
        for (ImportReport.Skipped file : report.skipped()) {
            skipped.add(line(file.path(), messages.format("skip_" + file.reason(), file.detail())));
        }
        List<ImportResult.Line> failed = new ArrayList<>();
        for (ImportReport.Failed file : report.failed()) {
            failed.add(line(file.path(), messages.format(file.error(), file.args())));
        }
        return new ImportResult(imported, skipped, failed, report.cancelled(), warnings);
    }

    private static ImportResult.Line line(String path, String detail) {
        Path shown = Path.of(path).getFileName();
        return new ImportResult.Line(shown == null ? path : shown.toString(), path, detail);
    }

    /**
     * Writes the project in {@code format} to {@code out}, in the background with its progress in the status
     * bar; the status then names the file and how much it holds. {@code licence} is for TEI only
     * ({@code cc-by} or {@code licence-ouverte}). Once the pseudonym table has an entry the export is
     * pseudonymised and checked for leaks, unless « Exporter les noms réels » is on ({@link #realNamesProperty()}):
     * a leak deletes what was written and is listed in {@link #leakedProperty()}.
     */
    public void export(ExportFormat format, Path out, String licence) {
        boolean real = realNames.get();
        leaked.set(null);
        session.run(UiText.get("task.export", out.getFileName()),
                (store, listener, stop) -> exportChecked(store, format, out, licence, real), new Cancellation(), real,
                done -> outcomeText(format, done), done -> {
                    if (done.leaked()) {
                        leaked.set(done);
                    }
                });
    }

    /** The status bar's sentence: what was written and how, or that nothing was. */
    private static String outcomeText(ExportFormat format, ExportOutcome done) {
        if (done.leaked()) {
            return UiText.get("export.leak.status", done.file().getFileName(), done.leaks().size());
        }
        String written = UiText.get("export." + format.id() + ".done", done.count(), done.file());
        if (done.realNames()) {
            return written + " " + UiText.get("export.real_names.done");
        }
        return done.entries() == 0 ? written
                : written + " " + UiText.get("export.pseudonymised.done", done.entries());
    }

    /**
     * The export as the command line runs it: pseudonymised through the engine's one path when the table has an
     * entry (its own leak check on what it wrote), or with the real names when asked, which the operation log
     * records. Run off the FX thread (and by tests on theirs).
     */
    static ExportOutcome exportChecked(ProjectStore store, ExportFormat format, Path out, String licence,
                                       boolean realNames) {
        return exportChecked(store, format.id(), out, realNames, from -> write(from, format, out, licence));
    }

    /** The same for any writer of {@code out} (a test plants a name with one). */
    static ExportOutcome exportChecked(ProjectStore store, String formatId, Path out, boolean realNames,
                                       PseudonymisedExport.Export writer) {
        if (realNames) {
            boolean any = store.pseudonyms().any();
            int count = writer.write(store);
            if (any) {
                store.record(OperationKind.EXPORT_ORIGINALS.with(formatId, out.toAbsolutePath().toString()));
            }
            return new ExportOutcome(out, count, 0, any, List.of());
        }
        try {
            PseudonymisedExport.Result result = PseudonymisedExport.run(store, out, writer);
            return new ExportOutcome(out, result.count(), result.entries(), false, List.of());
        } catch (PseudonymLeakException leak) {
            Object[] args = leak.args();
            String list = args.length > 1 ? String.valueOf(args[1]) : "";
            return new ExportOutcome(out, 0, 0, false, List.of(list.split("; ")));
        }
    }

    /**
     * Writes the file; returns how many things it holds (sources, codes, segments, quotations). Pseudonymised as
     * soon as the project's pseudonym table has an entry, as every export of the command line.
     */
    static int exportTo(ProjectStore store, ExportFormat format, Path out, String licence) {
        return PseudonymisedExport.run(store, out, from -> write(from, format, out, licence)).count();
    }

    private static int write(ProjectStore store, ExportFormat format, Path out, String licence) {
        return switch (format) {
            case QDPX -> {
                ExchangeService.exportQdpx(store, out);
                yield store.sources().summaries().size();
            }
            case CODEBOOK -> ExchangeService.exportCodebook(store, out);
            case SEGMENTS_CSV -> SegmentsCsv.export(store, out, UiText.csvDialect());
            case SEGMENTS_XLSX -> XlsxExport.export(store, out);
            case QUOTATIONS_DOCX, QUOTATIONS_ODT -> QuotationsExport.export(store, out, null);
            case REPORT_HTML -> HtmlReport.export(store, out);
            case IRAMUTEQ -> IramuteqExport.export(store, out);
            case TEI -> TeiExport.export(store, out,
                    PublicationLicences.parseChoice(licence == null ? "cc-by" : licence));
            case JOURNAL_MD, JOURNAL_HTML -> JournalExport.export(store, out, UiText.engineMessages());
            case MEMOS_MD, MEMOS_HTML -> MemosExport.export(store, out, UiText.engineMessages());
            case CODEBOOK_LOG_MD, CODEBOOK_LOG_HTML -> CodebookLogExport.export(store, out, UiText.engineMessages());
        };
    }

    /** The name the file chooser proposes: the project's name, then what the file holds (« Terrain-livre-de-codes.qdc »). */
    public String suggestedFileName(ExportFormat format) {
        String cleaned = projectName.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
        String base = UiText.get("export." + format.id() + ".file");
        return (cleaned.isEmpty() ? "" : cleaned + " - ") + base + "." + format.extensions().getFirst();
    }

    /** The open project's name, for the file names proposed. */
    public void setProjectName(String name) {
        this.projectName = name == null ? "" : name;
    }

    /** The licences a TEI corpus can carry, as {@code id} values for {@link #export}. */
    public List<String> teiLicences() {
        return org.terrain.corpus.model.Licence.openOnes().stream().map(org.terrain.corpus.model.Licence::id).toList();
    }

    /** Who hears that an import changed the project's sources (the sources pane lists them again). */
    public void setOnImported(Runnable handler) {
        this.onImported = handler;
    }

    /** « Exporter les noms réels »: off by default; on, the exports carry the originals of the pseudonym table. */
    public BooleanProperty realNamesProperty() {
        return realNames;
    }

    /** The last export whose leak check found originals (nothing of it was kept), or null. */
    public ReadOnlyObjectProperty<ExportOutcome> leakedProperty() {
        return leaked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The running import's progress, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Which file the running import is at. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last import's outcome; null while one runs. */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
