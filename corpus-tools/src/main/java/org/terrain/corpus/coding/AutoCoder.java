package org.terrain.corpus.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.search.SearchHit;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/**
 * Auto-coding: codes every search hit (or the sentence, turn or paragraph around it), or the speech of every
 * turn of a speaker, in one operation, so one undo takes it all back. Returns what {@link #preview} shows
 * before: how many segments and in how many sources. The app lists the hits first ({@link #candidates}), the
 * user unticks some, and {@link #codeChosen} codes the others.
 */
public final class AutoCoder {
    /** What auto-coding did or would do. */
    public record Outcome(int hits, int segments, int sources) {
    }

    private final ProjectStore store;

    public AutoCoder(ProjectStore store) {
        this.store = store;
    }

    public Outcome preview(SearchIndex index, SearchRequest request, CodingUnit unit) {
        return spansForQuery(index, request, unit).outcome();
    }

    /** Codes what the query finds (each hit, or the sentence, turn or paragraph around it), as one action. */
    public Outcome byQuery(SearchIndex index, SearchRequest request, CodingUnit unit, CodePath code) {
        store.codes().get(code);
        Planned planned = spansForQuery(index, request, unit);
        if (!planned.spans().isEmpty()) {
            store.segments().codeMany(planned.spans(), code, null,
                    kindOf(unit).with(code, request.query(), planned.outcome().segments()));
        }
        return planned.outcome();
    }

    /**
     * Every hit of the query with the stretch coding it would code by {@code unit} and whether an interviewer
     * said it, in the search's order, for the user to choose from; changes nothing.
     */
    public List<CodingCandidate> candidates(SearchIndex index, SearchRequest request, CodingUnit unit) {
        Map<Long, Set<String>> interviewers = store.sources().interviewerLabels();
        Map<String, Units> units = new HashMap<>();
        List<CodingCandidate> out = new ArrayList<>();
        for (SearchHit hit : index.allMatches(request)) {
            Units around = units.computeIfAbsent(hit.source(), name -> new Units(store.sources().get(name)));
            boolean interviewer = hit.speaker() != null
                    && interviewers.getOrDefault(hit.sourceId(), Set.of()).contains(hit.speaker());
            out.add(new CodingCandidate(hit, around.around(new Span(hit.start(), hit.end()), unit), interviewer));
        }
        return out;
    }

    /**
     * Codes the candidates the user kept, in one operation (one undo): candidates with the same stretch make one
     * segment. Nothing chosen codes nothing (and writes nothing).
     *
     * @param query and {@code unit}: for the operation's message, as {@link #byQuery} words it
     */
    public Outcome codeChosen(List<CodingCandidate> chosen, CodePath code, String query, CodingUnit unit) {
        store.codes().get(code);
        Map<String, Set<Span>> spans = new LinkedHashMap<>();
        for (CodingCandidate candidate : chosen) {
            spans.computeIfAbsent(candidate.hit().source(), k -> new LinkedHashSet<>()).add(candidate.span());
        }
        Map<String, List<Span>> out = new LinkedHashMap<>();
        spans.forEach((source, set) -> out.put(source, List.copyOf(set)));
        if (!out.isEmpty()) {
            store.segments().codeMany(out, code, null, kindOf(unit).with(code, query, count(out)));
        }
        return new Outcome(chosen.size(), count(out), out.size());
    }

    /** How the log words an auto-coding by {@code unit}. */
    private static OperationKind kindOf(CodingUnit unit) {
        return switch (unit) {
            case HIT -> OperationKind.AUTOCODE_HITS;
            case SENTENCE -> OperationKind.AUTOCODE_SENTENCES;
            case TURN -> OperationKind.AUTOCODE_TURNS;
            case PARAGRAPH -> OperationKind.AUTOCODE_PARAGRAPHS;
        };
    }

    /** Codes the speech of every turn of {@code speaker}, in sources of {@code kind} (null: all). */
    public Outcome bySpeaker(String speaker, SourceKind kind, CodePath code) {
        store.codes().get(code);
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        int turns = 0;
        for (SourceStore.Version version : store.sources().versions()) {
            if (kind != null && version.kind() != kind) {
                continue;
            }
            Source source = store.sources().get(version.name());
            for (Turn turn : source.turns()) {
                if (turn.speaker().equals(speaker) && turn.speech().length() > 0) {
                    spans.computeIfAbsent(source.name(), k -> new java.util.ArrayList<>()).add(turn.speech());
                    turns++;
                }
            }
        }
        if (!spans.isEmpty()) {
            store.segments().codeMany(spans, code, null, OperationKind.AUTOCODE_SPEAKER.with(code, speaker, count(spans)));
        }
        return new Outcome(turns, count(spans), spans.size());
    }

    /** The spans to code for a query, by source, and how many hits gave them. */
    private record Planned(int hits, Map<String, List<Span>> spans) {
        Outcome outcome() {
            return new Outcome(hits, count(spans), spans.size());
        }
    }

    private Planned spansForQuery(SearchIndex index, SearchRequest request, CodingUnit unit) {
        List<SearchHit> hits = index.allMatches(request);
        Map<String, Set<Span>> spans = new LinkedHashMap<>();
        Map<String, Units> units = new HashMap<>();
        for (SearchHit hit : hits) {
            Units around = units.computeIfAbsent(hit.source(), name -> new Units(store.sources().get(name)));
            spans.computeIfAbsent(hit.source(), k -> new LinkedHashSet<>())
                    .add(around.around(new Span(hit.start(), hit.end()), unit));
        }
        Map<String, List<Span>> out = new LinkedHashMap<>();
        spans.forEach((source, set) -> out.put(source, List.copyOf(set)));
        return new Planned(hits.size(), out);
    }

    private static int count(Map<String, List<Span>> spans) {
        return spans.values().stream().mapToInt(List::size).sum();
    }
}
