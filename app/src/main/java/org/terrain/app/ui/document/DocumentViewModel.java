package org.terrain.app.ui.document;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.store.ProjectStore;

/**
 * The source being read: its heading and its text as styled pieces, read from the store in the background.
 * FX thread only; a result that arrives after the user moved on to another source is dropped.
 */
public final class DocumentViewModel {
    private final Background background;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownSource = new ReadOnlyStringWrapper();
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final ObservableList<DocumentPiece> pieces = FXCollections.observableArrayList();
    private final ObservableList<DocumentPiece> readOnlyPieces = FXCollections.unmodifiableObservableList(pieces);
    private ProjectStore store;
    private String requested;

    public DocumentViewModel(Background background) {
        this.background = background;
    }

    /** The store to read from, once the project is open. */
    public void use(ProjectStore store) {
        this.store = store;
    }

    /** Reads and shows this source; null clears the pane. */
    public void show(String sourceName) {
        requested = sourceName;
        if (sourceName == null || store == null) {
            apply(new DocumentContent(null, "", "", List.of()));
            return;
        }
        ProjectStore from = store;
        background.run(UiText.get("task.source", sourceName),
                (progress, cancellation) -> DocumentContent.of(from.sources().get(sourceName)),
                content -> {
                    if (sourceName.equals(requested)) {
                        apply(content);
                    }
                });
    }

    private void apply(DocumentContent content) {
        title.set(content.title());
        subtitle.set(content.subtitle());
        pieces.setAll(content.pieces());
        shownSource.set(content.sourceName());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The name of the source on display once its text is in place, or null. */
    public ReadOnlyStringProperty shownSourceProperty() {
        return shownSource.getReadOnlyProperty();
    }

    /** What the pane says when no source is shown: why, or what to do. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    public ObservableList<DocumentPiece> pieces() {
        return readOnlyPieces;
    }
}
