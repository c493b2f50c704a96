package org.terrain.app.ui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * The source being read and coded: its text, and its codings laid over it (tints, margin lanes), both read and
 * computed in the background. It codes what the user selected with a code, removes a coding, writes a memo,
 * always through the engine, converting the area's UTF-16 indices to the store's code points. After any change
 * of the project it lays the codings again, keeping the text (and so the reader's place). On demand it also
 * lays the source's named entities over it ({@link #showEntitiesProperty()}), read from its language analysis.
 * FX thread only; a result that arrives after the user moved on to another source is dropped.
 */
public final class DocumentViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentViewModel.class);

    /** What a background read hands back: the text, where its positions are, the codings and entities over it. */
    private record Loaded(DocumentContent content, CodingPositions positions, CodingLayer layer,
                          EntityLayer entities) {
    }

    private final ProjectSession session;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownSource = new ReadOnlyStringWrapper();
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<DocumentContent> content = new ReadOnlyObjectWrapper<>(DocumentContent.NONE);
    private final ReadOnlyObjectWrapper<CodingLayer> layer = new ReadOnlyObjectWrapper<>(empty(DocumentContent.NONE));
    private final BooleanProperty showEntities = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<EntityLayer> entities = new ReadOnlyObjectWrapper<>(EntityLayer.HIDDEN);
    private final ObjectProperty<TextRange> selection = new SimpleObjectProperty<>(new TextRange(0, 0));
    private final ObjectProperty<CodePath> currentCode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TextRange> revealed = new ReadOnlyObjectWrapper<>();
    private CodingPositions positions = new CodingPositions("");
    private String requested;
    private String pendingRevealSource;
    private Span pendingReveal;

    public DocumentViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> {
            relayCodings();
            relayEntities();
        });
        showEntities.addListener((observable, before, now) -> relayEntities());
    }

    /** Reads and shows this source; null clears the pane. */
    public void show(String sourceName) {
        requested = sourceName;
        if (sourceName == null || !session.openProperty().get()) {
            apply(new Loaded(DocumentContent.NONE, new CodingPositions(""), empty(DocumentContent.NONE),
                    EntityLayer.HIDDEN));
            return;
        }
        long started = System.nanoTime();
        boolean withEntities = showEntities.get();
        String message = UiText.get("task.source", sourceName);
        session.read(message, store -> load(store, sourceName, withEntities), loaded -> {
            if (sourceName.equals(requested)) {
                apply(loaded);
                LOG.debug("source {} read and laid out in {} ms", sourceName, (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /** The entities come with the text when shown: laid after it, they would undo the scroll to a revealed place. */
    private static Loaded load(ProjectStore store, String sourceName, boolean withEntities) {
        DocumentContent text = DocumentContent.of(store.sources().get(sourceName));
        CodingPositions at = new CodingPositions(text.text());
        return new Loaded(text, at, codings(store, text, at),
                withEntities ? SourceEntities.read(store, sourceName, at) : EntityLayer.HIDDEN);
    }

    private static CodingLayer codings(ProjectStore store, DocumentContent text, CodingPositions at) {
        Map<Long, String> colors = new HashMap<>();
        for (CodeInfo info : store.codes().list()) {
            colors.put(info.code().id(), info.code().color());
        }
        List<SegmentInfo> segments = store.segments().list(null, text.sourceName());
        List<Coding> codings = segments.stream()
                .map(s -> new Coding(s.segment().id(), s.code(), colors.getOrDefault(s.segment().codeId(), "#BAB0AC"),
                        s.segment().memo(), at.toRange(s.segment().span()), 0))
                .toList();
        return CodingLayer.of(text.pieces(), codings);
    }

    private static CodingLayer empty(DocumentContent text) {
        return CodingLayer.of(text.pieces(), List.of());
    }

    private void apply(Loaded loaded) {
        positions = loaded.positions();
        title.set(loaded.content().title());
        subtitle.set(loaded.content().subtitle());
        selection.set(new TextRange(0, 0));
        // The layer first: the view lays it over the text when the text comes, never an old layer over new text.
        layer.set(loaded.layer());
        boolean upToDate = showEntities.get() == (loaded.entities() != EntityLayer.HIDDEN);
        entities.set(showEntities.get() ? loaded.entities() : EntityLayer.HIDDEN);
        content.set(loaded.content());
        shownSource.set(loaded.content().sourceName());
        if (!upToDate) {
            relayEntities(); // shown or hidden while the source was being read
        }
        if (pendingReveal != null && pendingRevealSource.equals(loaded.content().sourceName())) {
            reveal(pendingRevealSource, pendingReveal);
        }
    }

    /** After a change of the project: the same text, its codings read and laid again. */
    private void relayCodings() {
        DocumentContent shown = content.get();
        if (shown.isEmpty()) {
            return;
        }
        CodingPositions at = positions;
        session.read(store -> codings(store, shown, at), relaid -> {
            if (content.get() == shown) {
                layer.set(relaid);
            }
        });
    }

    /** The shown source's entities read again, when asked for (after a change: the analysis may have run). */
    private void relayEntities() {
        DocumentContent shown = content.get();
        if (!showEntities.get() || shown.isEmpty()) {
            entities.set(EntityLayer.HIDDEN);
            return;
        }
        CodingPositions at = positions;
        session.read(store -> SourceEntities.read(store, shown.sourceName(), at), read -> {
            if (content.get() == shown && showEntities.get()) {
                entities.set(read);
            }
        });
    }

    /**
     * Selects and shows a stretch of a source (code points): now if the source is on display, else once it is
     * (the caller chooses the source first).
     */
    public void reveal(String sourceName, Span span) {
        if (sourceName.equals(content.get().sourceName())) {
            pendingReveal = null;
            pendingRevealSource = null;
            revealed.set(null);
            revealed.set(positions.toRange(span));
        } else {
            pendingRevealSource = sourceName;
            pendingReveal = span;
        }
    }

    /** Codes the current selection with the current code (the one selected in the code tree). */
    public void codeSelection() {
        CodePath code = currentCode.get();
        if (code == null) {
            session.hint(UiText.get("coding.no_code"));
            return;
        }
        code(selection.get(), code);
    }

    /** Codes a stretch of the shown text with a code; blanks at its ends are left out. */
    public void code(TextRange range, CodePath code) {
        String source = content.get().sourceName();
        Span span = range == null || source == null ? null : positions.toSpan(range);
        if (span == null) {
            session.hint(UiText.get("coding.no_selection"));
            return;
        }
        session.change(UiText.get("task.code"),
                store -> store.segments().code(source, code, List.of(span), null, ProjectSession.coder()),
                coded -> UiText.get("status.coded", code.toString(), source));
    }

    /** Removes one coding (the text stays, and so do the code's other segments). */
    public void uncode(Coding coding) {
        session.change(UiText.get("task.uncode"), store -> {
            store.segments().uncode(coding.segmentId());
            return coding;
        }, done -> UiText.get("status.uncoded", coding.code().toString()));
    }

    /** Writes a coding's memo; a blank memo removes it. */
    public void setMemo(Coding coding, String memo) {
        String kept = memo == null || memo.isBlank() ? null : memo.strip();
        session.change(UiText.get("task.memo"), store -> {
            store.segments().setMemo(coding.segmentId(), kept);
            return coding;
        }, done -> UiText.get(kept == null ? "status.memo_cleared" : "status.memo_saved", coding.code().toString()));
    }

    /** The codings covering the character at {@code index} of the shown text. */
    public List<Coding> codingsAt(int index) {
        return layer.get().at(index);
    }

    /** The entity mentions covering the character at {@code index} of the shown text (none when hidden). */
    public List<EntityMark> entitiesAt(int index) {
        return entities.get().at(index);
    }

    /** Whether the named entities of the shown source are laid over it; off by default. */
    public BooleanProperty showEntitiesProperty() {
        return showEntities;
    }

    /** The entities over the text on display, or {@link EntityLayer#HIDDEN}; replaced, never changed. */
    public ReadOnlyObjectProperty<EntityLayer> entitiesProperty() {
        return entities.getReadOnlyProperty();
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

    /** The text on display ({@link DocumentContent#NONE} for none). */
    public ReadOnlyObjectProperty<DocumentContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The codings over the text on display; replaced, never changed, after each change of the project. */
    public ReadOnlyObjectProperty<CodingLayer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    /** What the user has selected in the text; the view keeps it up to date. */
    public ObjectProperty<TextRange> selectionProperty() {
        return selection;
    }

    /** The code that "code the selection" uses: the one selected in the code tree. */
    public ObjectProperty<CodePath> currentCodeProperty() {
        return currentCode;
    }

    /** A stretch to select and scroll to (a segment chosen in another pane); set anew for each request. */
    public ReadOnlyObjectProperty<TextRange> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
