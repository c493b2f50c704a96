package org.terrain.app.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.codes.CodesViewModel;
import org.terrain.app.ui.document.DocumentViewModel;
import org.terrain.app.ui.segments.SegmentsViewModel;
import org.terrain.app.ui.sources.SourcesViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;

/**
 * The main window's state: which project is open, the title, the status, and the feature ViewModels it wires
 * together: choosing a source shows it, the selected code is the one coding uses and the one whose segments
 * are listed, choosing a segment shows it in its source. They share one {@link ProjectSession}, whose revision
 * tells all of them that the project changed. Holds the open store and closes it at the end. FX thread only.
 */
public final class MainViewModel {
    /** What the opening task hands back to the FX thread. */
    private record Opened(ProjectStore store, String name, List<SourceSummary> sources) {
    }

    private final ProjectChoice choice;
    private final StatusViewModel status = new StatusViewModel();
    private final Background background = new Background(status, this::failed);
    private final ProjectSession session = new ProjectSession(background, status);
    private final SourcesViewModel sources = new SourcesViewModel();
    private final CodesViewModel codes = new CodesViewModel(session);
    private final DocumentViewModel document = new DocumentViewModel(session);
    private final SegmentsViewModel segments = new SegmentsViewModel(session);
    private final UndoViewModel undo = new UndoViewModel(session);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(UiText.get("app.name"));
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private ProjectStore store;

    public MainViewModel(ProjectChoice choice) {
        this.choice = choice;
        status.setLocation(choice.folder().toString());
        sources.selectedSourceProperty().addListener((observable, before, name) -> document.show(name));
        document.shownSourceProperty().addListener((observable, before, name) -> ready.set(name != null));
        document.currentCodeProperty().bind(codes.currentProperty());
        codes.selected().addListener((ListChangeListener<CodePath>) change -> segments.show(List.copyOf(codes.selected())));
        segments.setOnOpen((source, span) -> {
            sources.select(source);
            document.reveal(source, span);
        });
    }

    /** Opens (or first builds) the project in the background, then lists its sources and shows the first. */
    public void open() {
        String message = choice.isUnbuiltDemo() ? UiText.get("task.demo") : UiText.get("task.open", choice.folder());
        background.run(message, (progress, cancellation) -> {
            ProjectStore opened = choice.open(progress, cancellation);
            try {
                return new Opened(opened, opened.info().name(), opened.sources().summaries());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, this::opened, this::openFailed);
    }

    private void opened(Opened opened) {
        store = opened.store();
        title.set(UiText.get("window.title", opened.name()));
        status.inform(UiText.get("status.opened", opened.name(), opened.sources().size()));
        session.use(store);
        document.placeholderProperty().set(opened.sources().isEmpty()
                ? UiText.get("document.empty_project", choice.folder()) : UiText.get("document.placeholder"));
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
    }

    /** Lets running work stop, then releases the project (its lock) for the next process. */
    public void close() {
        background.shutdown();
        if (store != null) {
            store.close();
            store = null;
        }
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

    public SegmentsViewModel segments() {
        return segments;
    }

    public UndoViewModel undo() {
        return undo;
    }
}
