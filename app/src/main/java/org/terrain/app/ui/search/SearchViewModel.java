package org.terrain.app.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.coding.AutoCoder;
import org.terrain.corpus.coding.CodingCandidate;
import org.terrain.corpus.coding.CodingUnit;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.search.SearchHit;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.search.SearchResult;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Searching the project: a query (Lucene syntax, as {@code terrain search}) with filters (kind of source,
 * speaker, the selected code), the occurrences as a concordance, and « Coder toutes les occurrences » with the
 * selected code: the occurrences listed first, interviewers' left out unless asked, each of which the user may
 * untick, then the ticked ones coded as one operation (one undo). FX thread only.
 *
 * <p>The project's {@link SearchIndex} is opened at the first search (it may have to be built) and kept open for
 * the session: it is used on the background thread only, synced before each use (after every change of the
 * project the shown search is run again, so the list follows codings and undos), closed when another project
 * is used and by {@link #close}.
 */
public final class SearchViewModel {
    /** How many occurrences are listed; the count line counts them all. */
    static final int LIMIT = 1000;

    /** What a search handed back: the lines and count, or why the query was refused. */
    private record Found(long generation, SearchRequest request, SearchResult result, String error) {
    }

    private final ProjectSession session;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>(KindChoice.ALL);
    private final StringProperty speaker = new SimpleStringProperty("");
    private final BooleanProperty inSelectedCode = new SimpleBooleanProperty();
    private final ObjectProperty<CodePath> currentCode = new SimpleObjectProperty<>();
    private final ObservableList<SearchLine> lines = FXCollections.observableArrayList();
    private final ObservableList<SearchLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeFilterText = new ReadOnlyStringWrapper(UiText.get("search.in_code"));
    private final ReadOnlyBooleanWrapper canCodeAll = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewReady = new ReadOnlyBooleanWrapper();
    private BiConsumer<String, Span> onOpen = (source, span) -> { };
    /** The search on display (null: none), run again after every change of the project. */
    private SearchRequest shown;
    private long total;
    private long generation;
    /** What « Coder toutes les occurrences » lists, interviewers' occurrences included; FX thread. */
    private record Reviewed(ReviewLine line, CodingCandidate candidate) {
    }

    private List<Reviewed> reviewed = List.of();
    private final ObservableList<ReviewLine> reviewLines = FXCollections.observableArrayList();
    private final BooleanProperty includeInterviewer = new SimpleBooleanProperty(false);
    private SearchRequest reviewedRequest;
    private CodingUnit reviewedUnit;
    private long reviewGeneration;
    /** Background thread only: the open index and the store it indexes. */
    private SearchIndex index;
    private ProjectStore indexed;
    private volatile boolean indexOpen;

    public SearchViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> projectChanged());
        currentCode.addListener((observable, before, code) -> {
            codeFilterText.set(code == null ? UiText.get("search.in_code")
                    : UiText.get("search.in_code_named", code.name()));
            if (inSelectedCode.get() && shown != null) {
                search();
            }
            updateCanCodeAll();
        });
        includeInterviewer.addListener((observable, before, now) -> showReview());
    }

    /** Runs the query with the filters; a blank query clears the list. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        generation++;
        if (text.isEmpty()) {
            shown = null;
            lines.clear();
            count.set("");
            error.set("");
            total = 0;
            updateCanCodeAll();
            return;
        }
        run(request(text));
    }

    private SearchRequest request(String text) {
        SourceKind asked = switch (kind.get() == null ? KindChoice.ALL : kind.get()) {
            case ALL -> null;
            case INTERVIEW -> SourceKind.INTERVIEW;
            case OBSERVATION -> SourceKind.OBSERVATION;
            case DISCOURSE -> SourceKind.DISCOURSE;
            case OTHER -> SourceKind.OTHER;
        };
        String who = speaker.get() == null || speaker.get().isBlank() ? null : speaker.get().strip();
        CodePath code = inSelectedCode.get() ? currentCode.get() : null;
        return new SearchRequest(text, asked, null, Map.of(), who, code, LIMIT);
    }

    private void run(SearchRequest request) {
        long asked = ++generation;
        if (indexOpen) {
            session.read(store -> find(store, request, asked), this::found);
        } else {
            session.read(UiText.get("task.search_index"), store -> find(store, request, asked), this::found);
        }
    }

    private Found find(ProjectStore store, SearchRequest request, long asked) {
        SearchIndex ready = index(store);
        try {
            return new Found(asked, request, ready.search(request), null);
        } catch (TerrainException e) {
            // lemma: before any language analysis: say where the app does it, not which command does.
            String message = "nlp_not_annotated".equals(e.code()) ? UiText.get("search.lemma_needs_analysis")
                    : e.localizedMessage(UiText.engineMessages());
            return new Found(asked, request, null, message);
        }
    }

    private void found(Found found) {
        if (found.generation() != generation) {
            return; // a newer search was asked meanwhile
        }
        if (found.error() != null) {
            shown = null;
            total = 0;
            lines.clear();
            count.set("");
            error.set(found.error());
            updateCanCodeAll();
            return;
        }
        SearchResult result = found.result();
        List<SearchLine> read = new ArrayList<>(result.hits().size());
        for (SearchHit hit : result.hits()) {
            read.add(new SearchLine(hit.source(), hit.speaker() == null ? "" : hit.speaker(), hit.left(),
                    hit.match(), hit.right(), hit.start(), hit.end()));
        }
        shown = found.request();
        total = result.total();
        error.set("");
        lines.setAll(read);
        count.set(countText(result.total(), result.documents(), read.size()));
        updateCanCodeAll();
    }

    /** « 123 occurrences dans 12 sources », and how many are listed when not all. */
    static String countText(long total, int documents, int listed) {
        if (total == 0) {
            return UiText.get("search.count_none");
        }
        String text = UiText.get("search.count", total, UiText.number(total), documents, UiText.number(documents));
        return listed < total ? text + " " + UiText.get("search.count_listed", UiText.number(listed)) : text;
    }

    /** The open index for {@code store}, synced; another project's is closed first. Background thread only. */
    private SearchIndex index(ProjectStore store) {
        release(store);
        if (index == null) {
            index = SearchIndex.open(store, ProgressListener.NONE);
            indexed = store;
            indexOpen = true;
        } else {
            index.sync(ProgressListener.NONE);
        }
        return index;
    }

    /** Closes the index unless it is {@code store}'s. Background thread only. */
    private void release(ProjectStore store) {
        if (index != null && indexed != store) {
            index.close();
            index = null;
            indexed = null;
            indexOpen = false;
        }
    }

    private void projectChanged() {
        if (shown != null) {
            run(shown);
        } else if (indexOpen) {
            session.read(store -> {
                release(store);
                return Boolean.TRUE;
            }, done -> { });
        }
    }

    private void updateCanCodeAll() {
        canCodeAll.set(shown != null && total > 0 && currentCode.get() != null);
    }

    /**
     * Lists, in the background, the occurrences of the shown search that « Coder toutes les occurrences » would
     * code by {@code unit}, each ticked (an occurrence ticked or unticked before keeps its tick), then counts
     * what coding the ticked ones makes. Interviewers' occurrences are left out unless
     * {@link #includeInterviewerProperty() asked for}, as the contrast does.
     */
    public void review(UnitChoice unit) {
        SearchRequest request = shown;
        long asked = ++reviewGeneration;
        previewReady.set(false);
        if (request == null) {
            reviewed = List.of();
            reviewLines.clear();
            preview.set("");
            return;
        }
        preview.set(UiText.get("search.preview_counting"));
        Map<String, Boolean> ticks = new HashMap<>();
        reviewed.forEach(r -> ticks.put(key(r.candidate()), r.line().isChosen()));
        CodingUnit codingUnit = unit(unit);
        session.read(store -> candidates(store, request, codingUnit), read -> {
            if (asked != reviewGeneration) {
                return;
            }
            for (Reviewed r : read) {
                r.line().chosenProperty().set(ticks.getOrDefault(key(r.candidate()), true));
                r.line().chosenProperty().addListener((observable, before, now) -> countChosen());
            }
            reviewed = read;
            reviewedRequest = request;
            reviewedUnit = codingUnit;
            showReview();
        });
    }

    /** Background thread: the candidates, each with its line and the words it would code. */
    private List<Reviewed> candidates(ProjectStore store, SearchRequest request, CodingUnit unit) {
        List<CodingCandidate> found = new AutoCoder(store).candidates(index(store), request, unit);
        Map<String, CodePointIndex> texts = new HashMap<>();
        List<Reviewed> out = new ArrayList<>(found.size());
        for (CodingCandidate candidate : found) {
            SearchHit hit = candidate.hit();
            CodePointIndex text = texts.computeIfAbsent(hit.source(), name -> new CodePointIndex(store.sources().get(name).text()));
            SearchLine line = new SearchLine(hit.source(), hit.speaker() == null ? "" : hit.speaker(), hit.left(),
                    hit.match(), hit.right(), hit.start(), hit.end());
            String coded = text.substring(candidate.span().start(), candidate.span().end());
            out.add(new Reviewed(new ReviewLine(line, coded, candidate.interviewer()), candidate));
        }
        return out;
    }

    private static String key(CodingCandidate candidate) {
        return candidate.hit().source() + ":" + candidate.hit().start() + ":" + candidate.hit().end();
    }

    /** The lines listed: every candidate, the interviewers' only when asked. */
    private void showReview() {
        reviewLines.setAll(listed().map(Reviewed::line).toList());
        countChosen();
    }

    private java.util.stream.Stream<Reviewed> listed() {
        return reviewed.stream().filter(r -> includeInterviewer.get() || !r.candidate().interviewer());
    }

    private List<CodingCandidate> chosen() {
        return listed().filter(r -> r.line().isChosen()).map(Reviewed::candidate).toList();
    }

    /** « 2 segments seront créés dans une source (2 occurrences). », and what is left out. */
    private void countChosen() {
        List<CodingCandidate> chosen = chosen();
        Set<String> segments = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (CodingCandidate candidate : chosen) {
            segments.add(candidate.hit().source() + ":" + candidate.span().start() + ":" + candidate.span().end());
            sources.add(candidate.hit().source());
        }
        String text = UiText.get("search.preview", segments.size(), UiText.number(segments.size()), sources.size(),
                UiText.number(sources.size())) + " "
                + UiText.get("search.preview_hits", chosen.size(), UiText.number(chosen.size()));
        long left = includeInterviewer.get() ? 0 : reviewed.stream().filter(r -> r.candidate().interviewer()).count();
        if (left > 0) {
            text += " " + UiText.get("search.review.interviewer_left", left, UiText.number(left));
        }
        preview.set(text);
        previewReady.set(!segments.isEmpty());
    }

    /**
     * Codes the ticked occurrences listed by {@link #review} (or the sentence, turn or paragraph around each)
     * with the selected code, as one action: one undo takes them all back.
     */
    public void codeAll() {
        CodePath code = currentCode.get();
        if (reviewedRequest == null || code == null) {
            session.hint(UiText.get("search.code_all.no_code"));
            return;
        }
        List<CodingCandidate> chosen = chosen();
        if (chosen.isEmpty()) {
            session.hint(UiText.get("search.code_all.none_ticked"));
            return;
        }
        String query = reviewedRequest.query();
        CodingUnit unit = reviewedUnit;
        session.change(UiText.get("task.autocode"),
                store -> new AutoCoder(store).codeChosen(chosen, code, query, unit),
                outcome -> UiText.get("status.autocoded", outcome.segments(), UiText.number(outcome.segments()),
                        code.toString(), outcome.sources()));
    }

    private static CodingUnit unit(UnitChoice unit) {
        return switch (unit) {
            case OCCURRENCE -> CodingUnit.HIT;
            case SENTENCE -> CodingUnit.SENTENCE;
            case TURN -> CodingUnit.TURN;
            case PARAGRAPH -> CodingUnit.PARAGRAPH;
        };
    }

    /** Shows an occurrence in its source, selected. */
    public void open(SearchLine line) {
        onOpen.accept(line.source(), new Span(line.start(), line.end()));
    }

    /** Who shows an occurrence in its source (the main ViewModel, which knows the sources and the document). */
    public void setOnOpen(BiConsumer<String, Span> action) {
        this.onOpen = action;
    }

    /**
     * Closes the index; called when the app closes, after the background work has stopped (so no search is
     * using it).
     */
    public void close() {
        if (index != null) {
            index.close();
            index = null;
            indexed = null;
            indexOpen = false;
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    /** Whether only occurrences inside segments of the selected code count. */
    public BooleanProperty inSelectedCodeProperty() {
        return inSelectedCode;
    }

    /** The code selected in the code tree: the code filter, and the code coding all occurrences uses. */
    public ObjectProperty<CodePath> currentCodeProperty() {
        return currentCode;
    }

    public ObservableList<SearchLine> lines() {
        return readOnlyLines;
    }

    /** « 123 occurrences dans 12 sources », or "" before a search. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the query was refused (in the interface's language), or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The code filter's label, naming the selected code. */
    public ReadOnlyStringProperty codeFilterTextProperty() {
        return codeFilterText.getReadOnlyProperty();
    }

    /** True when there are occurrences and a selected code to code them with. */
    public ReadOnlyBooleanProperty canCodeAllProperty() {
        return canCodeAll.getReadOnlyProperty();
    }

    /** The occurrences « Coder toutes les occurrences » would code, each with its tick box. */
    public ObservableList<ReviewLine> reviewLines() {
        return reviewLines;
    }

    /** Whether what interviewers say is listed (and coded) too; off by default, as in the contrast. */
    public BooleanProperty includeInterviewerProperty() {
        return includeInterviewer;
    }

    /** What coding the ticked occurrences would make, once counted. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True once the occurrences are listed and the ticked ones would make at least one segment. */
    public ReadOnlyBooleanProperty previewReadyProperty() {
        return previewReady.getReadOnlyProperty();
    }

    /** The query shown, for the confirmation's words. */
    public String shownQuery() {
        return shown == null ? "" : shown.query();
    }
}
