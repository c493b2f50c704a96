package org.terrain.app.ui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.store.SourceStore;
import org.terrain.corpus.text.CanonicalText;
import org.terrain.corpus.text.TextDiff;
import org.terrain.corpus.text.TextReplacement;
import org.terrain.corpus.text.WordSnap;

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
    private static final WordSnap NO_WORDS = new WordSnap("", List.of());
    /** The coder filter's value that shows every coder's codings. */
    public static final String ALL_CODERS = "";
    /** The coder filter's value that shows only the codings of whoever uses the app (their identity). */
    public static final String MY_CODINGS = "\u0001mine";

    /** What a background read hands back: the text, where its positions are, the codings and entities over it, its version. */
    private record Loaded(DocumentContent content, CodingPositions positions, WordSnap words, CodingLayer layer,
                          EntityLayer entities, int version, PseudonymisedReading reading) {
    }

    /** After a change: the codings laid again, or the whole source read again when its text changed. */
    /** Both null: the source is gone (its import undone, or deleted), and the pane is cleared. */
    private record Relaid(CodingLayer layer, Loaded reloaded) {
    }

    private final ProjectSession session;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownSource = new ReadOnlyStringWrapper();
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<DocumentContent> content = new ReadOnlyObjectWrapper<>(DocumentContent.NONE);
    private final ReadOnlyObjectWrapper<CodingLayer> layer = new ReadOnlyObjectWrapper<>(empty(DocumentContent.NONE));
    private final BooleanProperty showEntities = new SimpleBooleanProperty(false);
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<EntityLayer> entities = new ReadOnlyObjectWrapper<>(EntityLayer.HIDDEN);
    private final ObjectProperty<TextRange> selection = new SimpleObjectProperty<>(new TextRange(0, 0));
    private final ObjectProperty<CodePath> currentCode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TextRange> revealed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TextRange> snapped = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper correcting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Correction> corrected = new ReadOnlyObjectWrapper<>();
    private final javafx.collections.ObservableList<String> coders =
            javafx.collections.FXCollections.observableArrayList(ALL_CODERS, MY_CODINGS);
    private final StringProperty coderShown = new SimpleStringProperty(ALL_CODERS);
    private final BooleanProperty blind = new SimpleBooleanProperty(false);
    private final BooleanProperty pseudonymised = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper pseudonymNote = new ReadOnlyStringWrapper("");
    /** The shown text's pseudonymised reading, or null when the real text is shown. */
    private PseudonymisedReading reading;
    private CodingPositions positions = new CodingPositions("");
    private WordSnap words = NO_WORDS;
    private int shownVersion;
    private String requested;
    private String pendingRevealSource;
    private Span pendingReveal;

    public DocumentViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> {
            relayCodings();
            relayEntities();
            readCoders();
        });
        showEntities.addListener((observable, before, now) -> relayEntities());
        coderShown.addListener((observable, before, now) -> relayCodings());
        blind.addListener((observable, before, now) -> relayCodings());
        pseudonymised.addListener((observable, before, now) -> pseudonymisedChanged(now));
    }

    /**
     * The pseudonymised reading turned on or off: the shown source read again. Not while the text is being
     * corrected: the correction would be typed over the replacements.
     */
    private void pseudonymisedChanged(boolean on) {
        if (on && correcting.get()) {
            session.hint(UiText.get("document.pseudonymised.while_correcting"));
            pseudonymised.set(false);
            return;
        }
        if (!on) {
            pseudonymNote.set("");
        }
        if (!content.get().isEmpty()) {
            show(content.get().sourceName());
        }
    }

    /** Reads and shows this source; null clears the pane. */
    public void show(String sourceName) {
        requested = sourceName;
        if (sourceName == null || !session.openProperty().get()) {
            apply(nothing());
            return;
        }
        long started = System.nanoTime();
        boolean withEntities = showEntities.get();
        boolean pseudo = pseudonymised.get();
        String message = UiText.get("task.source", sourceName);
        String filter = effectiveFilter();
        readCoders();
        session.read(message, store -> load(store, sourceName, withEntities, pseudo, filter), loaded -> {
            if (sourceName.equals(requested)) {
                apply(loaded);
                LOG.debug("source {} read and laid out in {} ms", sourceName, (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /** The entities come with the text when shown: laid after it, they would undo the scroll to a revealed place. */
    private static Loaded load(ProjectStore store, String sourceName, boolean withEntities, boolean pseudonymised,
                               String filter) {
        Source source = store.sources().get(sourceName);
        if (pseudonymised) {
            return loadPseudonymised(store, source, filter);
        }
        DocumentContent text = DocumentContent.of(source);
        CodingPositions at = new CodingPositions(text.text());
        return new Loaded(text, at, new WordSnap(source.text(), source.turns()), codings(store, text, at, null, filter),
                withEntities ? SourceEntities.read(store, sourceName, at) : EntityLayer.HIDDEN, source.textVersion(),
                null);
    }

    /**
     * The source as a pseudonymised export writes it, its codings at their places; the real name stays the
     * shown source's identity (the other panes know it by it). Never the entities: their words are the names.
     */
    private static Loaded loadPseudonymised(ProjectStore store, Source real, String filter) {
        PseudonymisedReading reading = PseudonymisedReading.of(real, store.pseudonyms().table());
        DocumentContent worded = DocumentContent.of(reading.source());
        DocumentContent text = new DocumentContent(real.name(), worded.title(), worded.subtitle(), worded.text(),
                worded.pieces());
        CodingPositions at = new CodingPositions(text.text());
        return new Loaded(text, at, new WordSnap(reading.source().text(), reading.source().turns()),
                codings(store, text, at, reading, filter), EntityLayer.HIDDEN, real.textVersion(), reading);
    }

    /**
     * The codings of the shown text the coder filter shows ({@link #ALL_CODERS}, {@link #MY_CODINGS} or a name);
     * in a pseudonymised reading, moved to the replacements' places.
     */
    private static CodingLayer codings(ProjectStore store, DocumentContent text, CodingPositions at,
                                       PseudonymisedReading reading, String filter) {
        String me = store.who();
        Map<Long, String> colors = new HashMap<>();
        for (CodeInfo info : store.codes().list()) {
            colors.put(info.code().id(), info.code().color());
        }
        List<SegmentInfo> segments = store.segments().list(null, text.sourceName());
        Map<Long, Integer> reviews = store.reviews().openBySegment();
        List<Coding> codings = segments.stream()
                .filter(s -> shows(filter, s.segment().coder(), me))
                .map(s -> new Coding(s.segment().id(), s.code(), colors.getOrDefault(s.segment().codeId(), "#BAB0AC"),
                        reading == null ? s.segment().memo() : reading.matcher().replace(s.segment().memo()),
                        at.toRange(reading == null ? s.segment().span()
                                : PseudonymisedReading.mapped(s.segment().span(), reading.map())), 0,
                        s.segment().coder(), reviews.getOrDefault(s.segment().id(), 0)))
                .toList();
        return CodingLayer.of(text.pieces(), codings);
    }

    /** Whether the filter shows a coding by {@code coder} to {@code me}. */
    static boolean shows(String filter, String coder, String me) {
        if (filter == null || filter.equals(ALL_CODERS)) {
            return true;
        }
        return java.util.Objects.equals(coder, filter.equals(MY_CODINGS) ? me : filter);
    }

    /** Blind mode shows the user's own codings whatever the filter says: no peeking at the other coder's. */
    private String effectiveFilter() {
        return blind.get() ? MY_CODINGS : coderShown.get();
    }

    /** The filter's choices: all, mine, then each coder of the project by name. */
    private void readCoders() {
        if (!session.openProperty().get()) {
            return;
        }
        session.read(store -> org.terrain.corpus.store.CoderStore.of(store).list().stream()
                .map(org.terrain.corpus.store.CoderStore.CoderInfo::name).toList(), names -> {
                    List<String> choices = new java.util.ArrayList<>(List.of(ALL_CODERS, MY_CODINGS));
                    choices.addAll(names);
                    if (!choices.equals(coders)) {
                        String kept = coderShown.get();
                        coders.setAll(choices);
                        coderShown.set(choices.contains(kept) ? kept : ALL_CODERS);
                    }
                });
    }

    /** The empty pane. */
    private static Loaded nothing() {
        return new Loaded(DocumentContent.NONE, new CodingPositions(""), NO_WORDS, empty(DocumentContent.NONE),
                EntityLayer.HIDDEN, 0, null);
    }

    private static CodingLayer empty(DocumentContent text) {
        return CodingLayer.of(text.pieces(), List.of());
    }

    private void apply(Loaded loaded) {
        correcting.set(false);
        positions = loaded.positions();
        words = loaded.words();
        shownVersion = loaded.version();
        reading = loaded.reading();
        pseudonymNote.set(!pseudonymised.get() || loaded.content().isEmpty() ? ""
                : reading == null || reading.entries() == 0 ? UiText.get("document.pseudonymised.empty_table")
                : UiText.get("document.pseudonymised.note", reading.map().replacements(),
                        UiText.number(reading.map().replacements())));
        title.set(loaded.content().title());
        subtitle.set(loaded.content().subtitle());
        selection.set(new TextRange(0, 0));
        // The layer first: the view lays it over the text when the text comes, never an old layer over new text.
        layer.set(loaded.layer());
        boolean upToDate = showEntities.get() == (loaded.entities() != EntityLayer.HIDDEN) || reading != null;
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

    /**
     * After a change of the project: the same text, its codings read and laid again; or, when the text itself
     * changed (a correction, or its undo), the source read again; or, when the source is gone (the undo of its
     * import, or its deletion), the pane cleared, quietly: the sources pane then shows another. Not while the
     * user is correcting the text.
     */
    private void relayCodings() {
        DocumentContent shown = content.get();
        if (shown.isEmpty() || correcting.get()) {
            return;
        }
        CodingPositions at = positions;
        int version = shownVersion;
        boolean withEntities = showEntities.get();
        String filter = effectiveFilter();
        boolean pseudo = pseudonymised.get();
        session.read(store -> {
            int now = textVersion(store, shown.sourceName());
            // a pseudonymised reading is read again whole: the change may have been to the table
            return now == version && !pseudo ? new Relaid(codings(store, shown, at, null, filter), null)
                    : now < 0 ? new Relaid(null, null)
                    : new Relaid(null, load(store, shown.sourceName(), withEntities, pseudo, filter));
        }, relaid -> {
            if (content.get() != shown || correcting.get()) {
                return;
            }
            if (relaid.layer() == null && relaid.reloaded() == null) {
                apply(nothing()); // what the sources pane selects instead is read by its own show()
            } else if (relaid.reloaded() != null) {
                apply(relaid.reloaded());
            } else {
                layer.set(relaid.layer());
            }
        });
    }

    private static int textVersion(ProjectStore store, String sourceName) {
        return store.sources().versions().stream().filter(v -> v.name().equals(sourceName))
                .mapToInt(SourceStore.Version::textVersion).findFirst().orElse(-1);
    }

    /** Turns the shown text into a text the user can correct (nothing is stored until {@link #applyCorrection}). */
    public void startCorrection() {
        if (pseudonymised.get()) {
            session.hint(UiText.get("document.pseudonymised.no_correction"));
            return;
        }
        if (content.get().isEmpty()) {
            session.hint(UiText.get("correction.no_source"));
            return;
        }
        corrected.set(null);
        correcting.set(true);
    }

    /** Leaves the correction without storing anything: the view shows the stored text again. */
    public void cancelCorrection() {
        correcting.set(false);
    }

    /**
     * Stores the user's corrected text: the changes from the stored text are found word by word and sent to the
     * engine as one edit (one undo), which moves every coding with its words and removes, naming them, those
     * whose words were all deleted ({@link #correctedProperty()}). The source is then shown again.
     */
    public void applyCorrection(String edited) {
        DocumentContent shown = content.get();
        if (!correcting.get() || shown.isEmpty()) {
            return;
        }
        String before = shown.text();
        String after = CanonicalText.of(edited);
        List<TextReplacement> changes = TextDiff.between(before, after);
        if (changes.isEmpty()) {
            correcting.set(false);
            session.hint(UiText.get("correction.nothing"));
            return;
        }
        String name = shown.sourceName();
        storeEdit(name, changes, removed -> UiText.get("status.corrected", name, changes.size(), removed));
    }

    /**
     * Replaces these stretches of the shown text (code points, in order, not overlapping) by {@code replacement},
     * as one edit of the engine (one undo), as « Rechercher et remplacer » does: the codings follow their words,
     * those left without any are removed and named ({@link #correctedProperty()}). Not while the text is being
     * corrected: the user applies or abandons that first.
     */
    public void replace(List<Span> spans, String replacement) {
        DocumentContent shown = content.get();
        if (correcting.get()) {
            session.hint(UiText.get("find.replace_while_correcting"));
            return;
        }
        if (pseudonymised.get()) {
            session.hint(UiText.get("document.pseudonymised.no_correction"));
            return;
        }
        if (shown.isEmpty() || spans.isEmpty()) {
            return;
        }
        List<TextReplacement> changes = spans.stream()
                .map(span -> new TextReplacement(span.start(), span.end(), replacement)).toList();
        String name = shown.sourceName();
        storeEdit(name, changes, removed -> UiText.get("status.replaced", changes.size(),
                UiText.number(changes.size()), name, removed));
    }

    /** Sends the changes to the engine as one edit; the codings it removed are handed to the view to tell. */
    private void storeEdit(String name, List<TextReplacement> changes,
                           java.util.function.IntFunction<String> outcome) {
        session.change(UiText.get("task.correct", name),
                store -> store.sources().edit(name, changes, source -> WordCounter.count(source.text(), source.turns())),
                result -> outcome.apply(result.removedSegments().size()),
                result -> {
                    // The revision went up while the text was still open: the source is read again now.
                    correcting.set(false);
                    relayCodings();
                    corrected.set(new Correction(name, changes.size(), result.removedSegments()));
                });
    }

    /** The shown source's entities read again, when asked for (after a change: the analysis may have run). */
    private void relayEntities() {
        DocumentContent shown = content.get();
        if (!showEntities.get() || shown.isEmpty() || reading != null) {
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
            revealed.set(positions.toRange(reading == null ? span : PseudonymisedReading.mapped(span, reading.map())));
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

    /**
     * Codes a stretch of the shown text with a code: snapped to whole words unless the user turned it off
     * ({@link #snapToWordsProperty()}), and in any case without the blanks at its ends.
     */
    public void code(TextRange range, CodePath code) {
        if (correcting.get()) {
            session.hint(UiText.get("correction.no_coding"));
            return;
        }
        // The safe way: a selection of the pseudonymised text is never mapped back onto the real words.
        if (pseudonymised.get()) {
            session.hint(UiText.get("document.pseudonymised.no_coding"));
            return;
        }
        String source = content.get().sourceName();
        Span selected = range == null || source == null ? null : positions.toSpan(range);
        Span span = selected != null && snapToWords.get() ? words.snap(selected).orElse(null) : selected;
        if (span == null) {
            session.hint(UiText.get("coding.no_selection"));
            return;
        }
        if (!span.equals(selected)) {
            snapped.set(positions.toRange(span)); // the selection shows what is coded
        }
        session.change(UiText.get("task.code"),
                store -> store.segments().code(source, code, List.of(span), null),
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

    /**
     * Whether the shown source is read pseudonymised, as the exports write it (off by default): its codings at
     * their places, coding and correcting suspended (a selection of this text is not the real words).
     */
    public BooleanProperty pseudonymisedProperty() {
        return pseudonymised;
    }

    /** What the pseudonymised reading says above the text (how many names it replaced), or "" when off. */
    public ReadOnlyStringProperty pseudonymNoteProperty() {
        return pseudonymNote.getReadOnlyProperty();
    }

    /** True while the shown text is open to correction. */
    public ReadOnlyBooleanProperty correctingProperty() {
        return correcting.getReadOnlyProperty();
    }

    /** The last correction stored: how many changes, and the codings it removed (to tell the user). */
    public ReadOnlyObjectProperty<Correction> correctedProperty() {
        return corrected.getReadOnlyProperty();
    }

    /** The entity mentions covering the character at {@code index} of the shown text (none when hidden). */
    public List<EntityMark> entitiesAt(int index) {
        return entities.get().at(index);
    }

    /** Whether the named entities of the shown source are laid over it; off by default. */
    public BooleanProperty showEntitiesProperty() {
        return showEntities;
    }

    /**
     * Whether a selection is coded snapped to whole words ({@link WordSnap}: « . Une fu » codes « Une fuite »);
     * on by default, as in MAXQDA. Off, it is coded as selected, without the blanks at its ends.
     */
    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
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

    /** The coder filter's choices: {@link #ALL_CODERS}, {@link #MY_CODINGS}, then each coder's name. */
    public javafx.collections.ObservableList<String> coders() {
        return coders;
    }

    /** Whose codings the document shows: {@link #ALL_CODERS}, {@link #MY_CODINGS} or a coder's name. */
    public StringProperty coderShownProperty() {
        return coderShown;
    }

    /**
     * « Mode aveugle »: while coding, only the user's own codings are shown, whatever the coder filter says, so
     * that a second coder codes without seeing the first one's work (the check of agreement needs it).
     */
    public BooleanProperty blindProperty() {
        return blind;
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

    /** What the last coding coded when snapping changed the selection: the view selects it in place. */
    public ReadOnlyObjectProperty<TextRange> snappedProperty() {
        return snapped.getReadOnlyProperty();
    }

    /** A stretch to select and scroll to (a segment chosen in another pane); set anew for each request. */
    public ReadOnlyObjectProperty<TextRange> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
