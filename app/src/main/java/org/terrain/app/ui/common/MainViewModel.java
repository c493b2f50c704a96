package org.terrain.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.app.project.AppSettings;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.project.RecentProjects;
import org.terrain.app.project.UserIdentity;
import org.terrain.app.ui.backups.RestoreViewModel;
import org.terrain.app.ui.codes.CodesViewModel;
import org.terrain.app.ui.contrast.ContrastViewModel;
import org.terrain.app.ui.document.DocumentViewModel;
import org.terrain.app.ui.document.FindViewModel;
import org.terrain.app.ui.cases.CasesViewModel;
import org.terrain.app.ui.exchange.ExchangeViewModel;
import org.terrain.app.ui.memos.MemosViewModel;
import org.terrain.app.ui.language.EntitiesViewModel;
import org.terrain.app.ui.language.LanguageViewModel;
import org.terrain.app.ui.pseudonyms.PseudonymsViewModel;
import org.terrain.app.ui.search.SearchViewModel;
import org.terrain.app.ui.segments.SegmentsViewModel;
import org.terrain.app.ui.sets.SetsViewModel;
import org.terrain.app.ui.sources.SourcesViewModel;
import org.terrain.app.ui.speakers.SpeakersViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.Restore;

/**
 * The main window's state: which project is open, the title, the status, and the feature ViewModels it wires
 * together: choosing a source shows it, the selected code is the one coding uses and the one whose segments
 * are listed, choosing a segment shows it in its source. They share one {@link ProjectSession}, whose revision
 * tells all of them that the project changed. Holds the open store and closes it at the end. FX thread only.
 *
 * <p>Another project opens in the same window ({@link #switchTo}): the new one is opened first, off the FX
 * thread; only once it is open is the old one closed (its lock released). A project that cannot be opened
 * (locked by another process, not a project) leaves the current one open and in view. A project the window lets
 * go keeps every change in a backup. Restoring a backup ({@link #restore}) lets the project go, restores, and
 * opens it again; it works on a project that could not be opened.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    /** The setting « Outils › Ajuster la sélection aux mots » is kept under. */
    static final String SNAP_TO_WORDS = "coding.snap_to_words";

    /** What the opening task hands back to the FX thread. */
    private record Opened(ProjectStore store, String name, List<SourceSummary> sources) {
    }

    /** What a restore hands back: what it did, in one sentence, and the project opened again. */
    private record Restored(String outcome, Opened opened) {
    }

    private ProjectChoice choice;
    private final RecentProjects recent;
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recentFolders);
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper();
    private Consumer<String> onSwitchFailed = text -> { };
    private Consumer<Throwable> onUnexpected = failure -> { };
    private final StatusViewModel status = new StatusViewModel();
    private final Background background = new Background(status, this::failed);
    private final ProjectSession session = new ProjectSession(background, status);
    private final SourcesViewModel sources = new SourcesViewModel();
    /** The tables whose changes the sources pane shows: sources, turns, roles, cases and attributes. */
    private static final java.util.Set<String> SOURCE_TABLES = java.util.Set.of("sources", "turns", "speaker_roles",
            "cases", "attributes", "source_attributes", "case_attributes");

    private record SourcesRead(long seq, List<SourceSummary> summaries) {
    }

    /** What the sources pane shows, to list it again only when the sources changed. */
    private List<SourceSummary> listedSources = List.of();
    /** The change sequence number when the sources were last read; -1: read them at the next change. */
    private long sourcesSeen = -1;
    private final CodesViewModel codes = new CodesViewModel(session);
    private final DocumentViewModel document = new DocumentViewModel(session);
    private final FindViewModel find = new FindViewModel(document);
    private final SegmentsViewModel segments = new SegmentsViewModel(session);
    private final ContrastViewModel contrast = new ContrastViewModel(session);
    private final org.terrain.app.ui.agreement.AgreementViewModel agreement =
            new org.terrain.app.ui.agreement.AgreementViewModel(session);
    private final SearchViewModel search = new SearchViewModel(session);
    private final UndoViewModel undo = new UndoViewModel(session);
    private final ExchangeViewModel exchange = new ExchangeViewModel(session);
    private final MemosViewModel memos = new MemosViewModel(session);
    private final SpeakersViewModel speakers = new SpeakersViewModel(session);
    private final CasesViewModel cases = new CasesViewModel(session);
    private final LanguageViewModel language = new LanguageViewModel(session);
    private final EntitiesViewModel entities = new EntitiesViewModel(session);
    private final SetsViewModel sets = new SetsViewModel(session);
    private final org.terrain.app.ui.review.ReviewItemsViewModel reviews =
            new org.terrain.app.ui.review.ReviewItemsViewModel(session);
    private final PseudonymsViewModel pseudonyms = new PseudonymsViewModel(session);
    private final RestoreViewModel restore = new RestoreViewModel(background, () -> choice.folder(),
            this::restoreBackup);
    private final PreferencesViewModel preferences;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(UiText.get("app.name"));
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private ProjectStore store;

    public MainViewModel(ProjectChoice choice) {
        this(choice, null, null, null);
    }

    public MainViewModel(ProjectChoice choice, RecentProjects recent) {
        this(choice, recent, null, null);
    }

    public MainViewModel(ProjectChoice choice, RecentProjects recent, AppSettings settings) {
        this(choice, recent, settings, null);
    }

    public MainViewModel(ProjectChoice choice, RecentProjects recent, UserIdentity identity) {
        this(choice, recent, null, identity);
    }

    /**
     * @param recent   where opened projects are remembered; null remembers nothing (tests)
     * @param settings where the user's choices (snapping selections to words) are kept; null: defaults, kept
     *                 for the session only
     * @param identity where the user's identity is kept; null keeps it for the session (tests): the login
     */
    public MainViewModel(ProjectChoice choice, RecentProjects recent, AppSettings settings,
                         UserIdentity identity) {
        this.choice = choice;
        this.recent = recent;
        this.preferences = new PreferencesViewModel(identity);
        preferences.setOnChanged(this::actAs);
        if (recent != null) {
            recentFolders.setAll(recent.list());
        }
        status.setLocation(choice.folder().toString());
        sources.selectedSourceProperty().addListener((observable, before, name) -> document.show(name));
        document.shownSourceProperty().addListener((observable, before, name) -> ready.set(name != null));
        document.currentCodeProperty().bind(codes.currentProperty());
        search.currentCodeProperty().bind(codes.currentProperty());
        sets.currentCodeProperty().bind(codes.currentProperty());
        sets.currentSourceProperty().bind(document.shownSourceProperty());
        entities.shownSourceProperty().bind(document.shownSourceProperty());
        // « Exporter les noms réels » is one switch for every export of the app
        contrast.realNamesProperty().bind(exchange.realNamesProperty());
        entities.realNamesProperty().bind(exchange.realNamesProperty());
        search.setOnOpen(this::openAt);
        codes.selected().addListener((ListChangeListener<CodePath>) change -> segments.show(List.copyOf(codes.selected())));
        segments.setOnOpen(this::openAt);
        // An import and a case change raise the revision like every change: the listener below relists for them.
        session.revisionProperty().addListener((observable, before, now) -> relistSources());
        contrast.setOnOpen(this::openAt);
        agreement.setOnOpen(this::openAt);
        entities.setOnOpen(this::openAt);
        if (settings != null) {
            document.snapToWordsProperty().set(settings.flag(SNAP_TO_WORDS, true));
            document.snapToWordsProperty().addListener((observable, before, now) ->
                    settings.setFlag(SNAP_TO_WORDS, now));
        }
    }

    /** A hit, a segment, a concordance line or an entity clicked: its source shown, the words selected. */
    private void openAt(String source, Span span) {
        sources.select(source);
        document.reveal(source, span);
    }

    /**
     * After any change (an import, a case edited, and the undo of either): the sources pane lists the sources
     * again when an operation since the last listing touched what it shows, and they differ from what it shows.
     * A coding touches none of it, and listing thousands of sources after every coding would cost half a second.
     */
    private void relistSources() {
        long seen = sourcesSeen;
        session.read(opened -> {
            long now = opened.changeSeq();
            boolean maybe = seen < 0 || !java.util.Collections.disjoint(opened.tablesChangedAfter(seen), SOURCE_TABLES);
            return new SourcesRead(now, maybe ? opened.sources().summaries() : null);
        }, read -> {
            sourcesSeen = Math.max(sourcesSeen, read.seq());
            if (read.summaries() == null || read.summaries().equals(listedSources)) {
                return;
            }
            listedSources = List.copyOf(read.summaries());
            sources.show(read.summaries());
            if (!read.summaries().isEmpty()) {
                document.placeholderProperty().set(UiText.get("document.placeholder"));
            }
        });
    }

    /** Opens (or first builds) the project in the background, then lists its sources and shows the first. */
    public void open() {
        String message = choice.isUnbuiltDemo() ? UiText.get("task.demo") : UiText.get("task.open", choice.folder());
        ProjectChoice first = choice;
        background.run(message, (progress, cancellation) -> openStore(first, progress, cancellation), this::opened,
                this::openFailed);
    }

    private void remember(Path folder) {
        if (recent != null) {
            recentFolders.setAll(recent.add(folder));
        }
    }

    /**
     * Opens {@code next} in place of the current project: opened in the background (with progress in the status
     * bar), then shown; the previous store is closed after the work already queued on it. On failure the current
     * project stays open and {@link #setOnSwitchFailed the handler} gets the reason, in French.
     */
    public void switchTo(ProjectChoice next) {
        if (switching.get()) {
            return;
        }
        if (store != null && next.folder().toAbsolutePath().normalize()
                .equals(choice.folder().toAbsolutePath().normalize())) {
            status.inform(UiText.get("status.already_open", choice.folder()));
            return;
        }
        switching.set(true);
        String message = next.isUnbuiltDemo() ? UiText.get("task.demo") : UiText.get("task.open", next.folder());
        background.run(message, (progress, cancellation) -> openStore(next, progress, cancellation), opened -> {
            switching.set(false);
            ProjectStore previous = store;
            choice = next;
            status.setLocation(next.folder().toString());
            sources.select(null);
            opened(opened);
            if (previous != null) {
                background.runQuietly((progress, cancellation) -> {
                    release(previous);
                    return null;
                }, done -> { });
            }
        }, failure -> {
            switching.set(false);
            String text = ErrorText.of(failure);
            status.fail(text);
            onSwitchFailed.accept(text);
        });
    }

    /**
     * Restores {@code backup} into the project of the window, open or not (a damaged one could not be): the
     * store is let go after the work queued on it, the engine restores (setting the current state aside as a
     * backup), and the project opens again, the panes reading it anew. {@code done} gets, on the FX thread, what
     * was done or why not, in one sentence, also shown in the status bar. A refused restore (a damaged backup,
     * the project open in another process) reopens the project as it was.
     */
    private void restoreBackup(String backup, Consumer<String> done) {
        if (switching.get()) {
            return;
        }
        switching.set(true);
        ProjectStore previous = store;
        store = null;
        session.use(null);
        ProjectChoice current = choice;
        background.run(UiText.get("task.restore", backup), (progress, cancellation) -> {
            if (previous != null) {
                previous.close(); // no backup of its own: the restore sets this state aside
            }
            String outcome;
            try {
                Restore.Restored restored = Restore.run(current.folder(), backup, ProjectChoice.PURPOSE);
                outcome = restored.savedAs() == null ? UiText.get("status.restored_nothing_saved", backup)
                        : UiText.get("status.restored", backup, restored.savedAs().getFileName());
            } catch (TerrainException refused) {
                outcome = ErrorText.of(refused);
            }
            return new Restored(outcome, openStore(current, progress, cancellation));
        }, restored -> {
            switching.set(false);
            sources.select(null);
            opened(restored.opened());
            status.inform(restored.outcome());
            done.accept(restored.outcome());
        }, failure -> {
            switching.set(false);
            openFailed(failure);
            done.accept(ErrorText.of(failure));
        });
    }

    /**
     * Lets a project go: the window keeps every change in a backup first (unless the newest holds this state),
     * since it closes rarely and what it leaves may stay for days. A backup that fails must not keep the
     * project from closing.
     */
    private static void release(ProjectStore closing) {
        try {
            closing.backupIfChanged();
        } catch (RuntimeException e) {
            LOG.warn("no backup of {} when it closed", closing.layout().root(), e);
        }
        closing.close();
    }

    private static Opened openStore(ProjectChoice next, org.terrain.corpus.task.ProgressListener progress,
            org.terrain.corpus.task.Cancellation cancellation) {
        ProjectStore opened = next.open(progress, cancellation);
        try {
            return new Opened(opened, opened.info().name(), opened.sources().summaries());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The user said who they are: the open project's next changes carry it. */
    private void actAs(org.terrain.corpus.model.Identity identity) {
        if (store != null) {
            store.actAs(identity);
        }
        status.inform(UiText.get("status.identity", identity.name()));
    }

    private void opened(Opened opened) {
        store = opened.store();
        store.actAs(preferences.identity());
        remember(choice.folder());
        title.set(UiText.get("window.title", opened.name()));
        exchange.setProjectName(opened.name());
        status.inform(UiText.get("status.opened", opened.name(), opened.sources().size()));
        session.use(store);
        document.placeholderProperty().set(opened.sources().isEmpty()
                ? UiText.get("document.empty_project", choice.folder()) : UiText.get("document.placeholder"));
        listedSources = List.copyOf(opened.sources());
        sourcesSeen = -1;
        sources.show(opened.sources());
        if (opened.sources().isEmpty()) {
            ready.set(true);
        }
    }

    /** Nothing else to show without a project: the reason goes in the middle of the window too. */
    private void openFailed(Throwable failure) {
        failed(failure);
        document.placeholderProperty().set(status.messageProperty().get());
    }

    private void failed(Throwable failure) {
        status.fail(ErrorText.of(failure));
        ready.set(true);
        if (ErrorText.isUnexpected(failure)) {
            onUnexpected.accept(failure);
        }
    }

    /**
     * Who hears of an action that failed for a reason the user cannot act on (a bug), already logged: the
     * window shows the error dialog. Expected failures (a name taken, a locked project) only reach the status bar.
     */
    public void setOnUnexpected(Consumer<Throwable> handler) {
        this.onUnexpected = handler;
    }

    /** Lets running work stop, then releases the project (its lock) for the next process. */
    public void close() {
        language.cancel();
        pseudonyms.cancel();
        background.shutdown();
        search.close();
        if (store != null) {
            release(store);
            store = null;
        }
    }

    /** The projects opened lately, most recent first (the open one included). */
    public ObservableList<Path> recentProjects() {
        return readOnlyRecent;
    }

    /** The project shown (or being opened at start). */
    public ProjectChoice choice() {
        return choice;
    }

    /** True while another project is being opened. */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
    }

    /** Who tells the user that another project could not be opened (a dialog in the window). */
    public void setOnSwitchFailed(Consumer<String> handler) {
        this.onSwitchFailed = handler;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True once the window shows what it will show: a source's text, an empty project, or an error. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public StatusViewModel status() {
        return status;
    }

    public ProjectSession session() {
        return session;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public CodesViewModel codes() {
        return codes;
    }

    public DocumentViewModel document() {
        return document;
    }

    /** The find bar over the document: Ctrl+F, and Ctrl+H to replace. */
    public FindViewModel find() {
        return find;
    }

    public SegmentsViewModel segments() {
        return segments;
    }

    public ContrastViewModel contrast() {
        return contrast;
    }

    /** « Accord inter-codeurs ». */
    public org.terrain.app.ui.agreement.AgreementViewModel agreement() {
        return agreement;
    }

    public SearchViewModel search() {
        return search;
    }

    public ExchangeViewModel exchange() {
        return exchange;
    }

    public UndoViewModel undo() {
        return undo;
    }

    /** The « Journal » tab: the journal, every memo, the codebook's history. */
    public MemosViewModel memos() {
        return memos;
    }

    public SpeakersViewModel speakers() {
        return speakers;
    }

    public CasesViewModel cases() {
        return cases;
    }

    public LanguageViewModel language() {
        return language;
    }

    public EntitiesViewModel entities() {
        return entities;
    }

    /** The « Relecture » tab, Envoyer en relecture… and Verser une relecture…. */
    public org.terrain.app.ui.review.ReviewItemsViewModel reviews() {
        return reviews;
    }

    /** The « Ensembles » tab: sets of sources and codes. */
    public SetsViewModel sets() {
        return sets;
    }

    /** The « Pseudonymisation » tab: suggestions and the pseudonym table. */
    public PseudonymsViewModel pseudonyms() {
        return pseudonyms;
    }

    /** « Édition › Préférences… » and the first start's question: who the user is. */
    public PreferencesViewModel preferences() {
        return preferences;
    }

    /** « Projet › Restaurer une sauvegarde… ». */
    public RestoreViewModel restore() {
        return restore;
    }
}
