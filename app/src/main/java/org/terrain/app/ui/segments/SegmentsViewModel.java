package org.terrain.app.ui.segments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.SegmentsCsv;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.text.CodePointIndex;

/**
 * The segments retrieved for the selected codes (each with its sub-codes), source by source in text order:
 * who speaks, the words and their context, the memo, who coded it and when. The list keeps, on demand, the
 * segments of one coder and of one speaker (the choices are those of the segments retrieved). Choosing one
 * shows it in its source; the list, as filtered, can be exported as CSV. Read again after every change of the
 * project, the filters holding. FX thread only.
 */
public final class SegmentsViewModel {
    /** Characters of context kept on each side, within the paragraph. */
    static final int CONTEXT = 160;
    /** The filters' value, and first choice, for « all of them ». */
    public static final String ALL = "";

    private final ProjectSession session;
    /** Every segment of the selected codes; {@link #rows} holds those the filters keep. */
    private List<SegmentRow> retrieved = List.of();
    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> coders = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> speakers = FXCollections.observableArrayList(ALL);
    private final StringProperty coderFilter = new SimpleStringProperty(ALL);
    private final StringProperty speakerFilter = new SimpleStringProperty(ALL);
    private final javafx.beans.property.BooleanProperty blind = new javafx.beans.property.SimpleBooleanProperty();
    /** Whoever uses the app, as the store names them: the coder blind mode keeps. */
    private String me = "";
    private final ObservableList<SegmentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(UiText.get("segments.title"));
    /** Sources read in the background thread only: their text and turns, for speakers and context. */
    private final Map<String, Source> sources = new HashMap<>();
    private List<CodePath> codes = List.of();
    private BiConsumer<String, Span> onOpen = (source, span) -> { };

    public SegmentsViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> reload());
        coderFilter.addListener((observable, before, now) -> filter());
        speakerFilter.addListener((observable, before, now) -> filter());
        blind.addListener((observable, before, now) -> filter());
    }

    /** Lists the segments of these codes (none: an empty list). */
    public void show(List<CodePath> selected) {
        codes = List.copyOf(selected);
        reload();
    }

    private void reload() {
        List<CodePath> wanted = codes;
        if (wanted.isEmpty()) {
            retrieved(List.of());
            return;
        }
        session.read(store -> java.util.Map.entry(store.who(), rows(store, wanted)), read -> {
            if (wanted.equals(codes)) {
                me = read.getKey();
                retrieved(read.getValue());
            }
        });
    }

    /** A filter whose coder or speaker is no longer among the segments (other codes chosen) lists them all. */
    private void retrieved(List<SegmentRow> read) {
        retrieved = read;
        offer(coders, choices(read, SegmentRow::coder), coderFilter);
        offer(speakers, choices(read, SegmentRow::speaker), speakerFilter);
        filter();
    }

    /**
     * New choices for a filter, which keeps its value if still offered. A choice box clears its value when its
     * items are replaced: the value is put back after, and the list left alone when it did not change.
     */
    private static void offer(ObservableList<String> offered, List<String> choices, StringProperty filter) {
        String chosen = filter.get();
        if (!offered.equals(choices)) {
            offered.setAll(choices);
        }
        filter.set(choices.contains(chosen) ? chosen : ALL);
    }

    /** « all », then the values the segments have, in alphabetical order. */
    private static List<String> choices(List<SegmentRow> read, java.util.function.Function<SegmentRow, String> value) {
        java.text.Collator order = java.text.Collator.getInstance(UiText.locale());
        java.util.TreeSet<String> found = new java.util.TreeSet<>(order);
        read.forEach(row -> found.add(value.apply(row)));
        found.remove(ALL);
        List<String> out = new ArrayList<>(found.size() + 1);
        out.add(ALL);
        out.addAll(found);
        return out;
    }

    /** The rows the filters keep, and the title that counts them. */
    private void filter() {
        String coder = coderFilter.get() == null ? ALL : coderFilter.get();
        String speaker = speakerFilter.get() == null ? ALL : speakerFilter.get();
        List<SegmentRow> kept = retrieved.stream()
                .filter(row -> coder.isEmpty() || row.coder().equals(coder))
                .filter(row -> !blind.get() || row.coder().equals(me))
                .filter(row -> speaker.isEmpty() || row.speaker().equals(speaker))
                .toList();
        rows.setAll(kept);
        List<CodePath> shown = codes;
        if (shown.isEmpty()) {
            title.set(UiText.get("segments.title"));
            return;
        }
        String counted = shown.size() == 1
                ? UiText.get("segments.title_code", kept.size(), shown.getFirst().name())
                : UiText.get("segments.title_codes", kept.size(), shown.size());
        title.set(kept.size() == retrieved.size() ? counted
                : counted + " " + UiText.get("segments.title_filtered", retrieved.size(), UiText.number(retrieved.size())));
    }

    private List<SegmentRow> rows(ProjectStore store, List<CodePath> wanted) {
        Map<Long, String> colors = new HashMap<>();
        for (CodeInfo info : store.codes().list()) {
            colors.put(info.code().id(), info.code().color());
        }
        Map<Long, SegmentInfo> found = new LinkedHashMap<>();
        for (CodePath code : wanted) {
            if (store.codes().find(code).isPresent()) {
                store.segments().list(code, null).forEach(s -> found.putIfAbsent(s.segment().id(), s));
            }
        }
        List<SegmentInfo> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing(SegmentInfo::source)
                .thenComparingInt((SegmentInfo s) -> s.segment().span().start())
                .thenComparingInt(s -> s.segment().span().end()));
        Map<String, CodePointIndex> texts = new HashMap<>();
        Map<Long, Integer> reviews = store.reviews().openBySegment();
        List<SegmentRow> out = new ArrayList<>(ordered.size());
        for (SegmentInfo info : ordered) {
            Source source = sources.get(info.source());
            if (source == null || source.textVersion() != info.segment().textVersion()) {
                source = store.sources().get(info.source());
                sources.put(info.source(), source);
            }
            CodePointIndex text = texts.computeIfAbsent(info.source(), name -> new CodePointIndex(sources.get(name).text()));
            Span span = info.segment().span();
            String[] context = context(text, span, speechAround(source.turns(), span));
            out.add(new SegmentRow(info.segment().id(), info.source(), info.code(),
                    colors.getOrDefault(info.segment().codeId(), "#BAB0AC"), speakerAt(source.turns(), span.start()),
                    context[0], info.text(), context[1], info.segment().memo(), span.start(), span.end(),
                    info.segment().coder() == null ? "" : info.segment().coder(), info.segment().created(),
                    reviews.getOrDefault(info.segment().id(), 0)));
        }
        return out;
    }

    /** The speaker of the last turn starting at or before {@code position}; "" before the first, or without turns. */
    static String speakerAt(List<Turn> turns, int position) {
        String speaker = "";
        for (Turn turn : turns) {
            if (turn.label().start() > position) {
                break;
            }
            speaker = turn.speaker();
        }
        return speaker;
    }

    /** The speech of the turn a span starts in, or null outside speech (then the line is the context). */
    static Span speechAround(List<Turn> turns, Span span) {
        for (Turn turn : turns) {
            if (turn.speech().start() <= span.start() && span.start() < turn.speech().end()) {
                return turn.speech();
            }
        }
        return null;
    }

    /**
     * The words before and after a span within its paragraph (the line it is on, and in a transcript the
     * speech of its turn, without the label), at most {@link #CONTEXT} characters each, cut at a word with "…"
     * where shortened.
     */
    static String[] context(CodePointIndex text, Span span, Span speech) {
        String whole = text.text();
        int start = text.toUtf16(span.start());
        int end = text.toUtf16(span.end());
        int lineStart = start == 0 ? 0 : whole.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = whole.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? whole.length() : lineEnd;
        if (end > 0 && whole.charAt(end - 1) == '\n') {
            lineEnd = end;
        }
        if (speech != null) {
            lineStart = Math.max(lineStart, text.toUtf16(speech.start()));
            lineEnd = Math.max(end, Math.min(lineEnd, text.toUtf16(speech.end())));
        }
        String before = whole.substring(Math.min(lineStart, start), start);
        String after = whole.substring(end, Math.max(end, lineEnd));
        if (before.length() > CONTEXT) {
            String cut = before.substring(before.length() - CONTEXT);
            int space = cut.indexOf(' ');
            before = "…" + (space >= 0 && space < cut.length() - 1 ? cut.substring(space + 1) : cut);
        }
        if (after.length() > CONTEXT) {
            String cut = after.substring(0, CONTEXT);
            int space = cut.lastIndexOf(' ');
            after = (space > 0 ? cut.substring(0, space) : cut) + "…";
        }
        return new String[] {before, after};
    }

    /** Shows a segment in its source: the source is chosen, then the segment selected and scrolled to. */
    public void open(SegmentRow row) {
        onOpen.accept(row.source(), new Span(row.start(), row.end()));
    }

    /** Who shows a segment in its source (the main ViewModel, which knows the sources and the document). */
    public void setOnOpen(BiConsumer<String, Span> action) {
        this.onOpen = action;
    }

    /**
     * Writes the listed segments, in the list's order, as the engine writes every segments CSV (the columns of
     * « Fichier › Exporter », in the interface's {@linkplain UiText#csvDialect() dialect}), in the background;
     * pseudonymised once the pseudonym table has an entry (a leak: nothing kept, the status says which names).
     */
    public void exportCsv(Path file) {
        List<Long> ids = rows.stream().map(SegmentRow::segmentId).toList();
        CsvDialect dialect = UiText.csvDialect();
        session.read(UiText.get("task.export", file.getFileName()),
                // pseudonymised as every export is once the table has an entry, its leak check included
                store -> org.terrain.corpus.exchange.PseudonymisedExport.run(store, file,
                        from -> SegmentsCsv.export(from, file, dialect, ids)).count(),
                written -> session.hint(UiText.get("status.exported", written, file.toString())));
    }

    public ObservableList<SegmentRow> rows() {
        return readOnlyRows;
    }

    /** « Mode aveugle »: only the user's own segments are listed, whatever the coder filter says. */
    public javafx.beans.property.BooleanProperty blindProperty() {
        return blind;
    }

    /** {@link #ALL}, then every coder of the segments retrieved: the coder filter's choices. */
    public ObservableList<String> coders() {
        return coders;
    }

    /** {@link #ALL}, then every speaker of the segments retrieved: the speaker filter's choices. */
    public ObservableList<String> speakers() {
        return speakers;
    }

    /** The coder whose segments are listed; {@link #ALL} lists everyone's. */
    public StringProperty coderFilterProperty() {
        return coderFilter;
    }

    /** The speaker whose segments are listed; {@link #ALL} lists every speaker's, and those outside turns. */
    public StringProperty speakerFilterProperty() {
        return speakerFilter;
    }

    /** "12 segments de « Sécurité »". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public boolean hasCodes() {
        return !codes.isEmpty();
    }
}
