package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.store.SourceStore;

/**
 * Contrasts two sides of the corpus: which word forms (or codes) are over- and under-represented in A
 * compared with A ∪ B. The population is A ∪ B; the sides must not overlap; interviewer speech is left out
 * unless asked. Words are the contract's tokens (speech only, elision removed, punctuation excluded),
 * lower-cased; stop words are kept, as in TXM, and can be filtered with {@code minFreq} or by reading.
 */
public final class ContrastService {
    private final ProjectStore store;
    /** False only in tests, to check that counting from the index agrees with counting from the text. */
    private final boolean fromIndex;

    public ContrastService(ProjectStore store) {
        this(store, true);
    }

    ContrastService(ProjectStore store, boolean fromIndex) {
        this.store = store;
        this.fromIndex = fromIndex;
    }

    public ContrastResult contrast(ContrastRequest request) {
        if (!request.partsOfSpeech().isEmpty() && request.unit() != ContrastRequest.Unit.LEMMA) {
            throw new UsageException("pos_needs_lemma");
        }
        Selector a = Selector.parse(request.a());
        Selector b = Selector.parse(request.b());
        if (a instanceof Selector.Rest && b instanceof Selector.Rest) {
            throw new UsageException("selectors_both_rest");
        }
        if (fromIndex && request.unit() == ContrastRequest.Unit.FORM && !hasCode(a) && !hasCode(b)) {
            return fromIndex(a, b, request);
        }
        SideMembership inA = a instanceof Selector.All all ? new SideMembership(all, store) : null;
        SideMembership inB = b instanceof Selector.All all ? new SideMembership(all, store) : null;
        Map<String, long[]> counts = new HashMap<>();
        long[] totals = new long[2];
        List<SpeechCorpus.Document> corpus = request.unit() == ContrastRequest.Unit.LEMMA
                ? SpeechCorpus.loadLemmas(store, request.partsOfSpeech()) : SpeechCorpus.load(store);
        if (request.unit() == ContrastRequest.Unit.CODE) {
            countSegments(corpus, inA, inB, request.withInterviewer(), counts, totals);
        } else {
            countWords(corpus, inA, inB, request.withInterviewer(), counts, totals);
        }
        if (totals[0] == 0 || totals[1] == 0) {
            throw new TerrainException("contrast_empty_side", TerrainException.Category.ACTION_NEEDED,
                    totals[0] == 0 ? request.a() : request.b());
        }
        return new ContrastResult(totals[0], totals[1], rows(counts, totals, request));
    }

    private static boolean hasCode(Selector selector) {
        return selector instanceof Selector.All all
                && all.conditions().stream().anyMatch(c -> c instanceof Selector.Code);
    }

    /**
     * Word forms counted from the search index: each unit of speech goes to a side by its source (kind, case,
     * attributes, read from the database) and its speaker; interviewer turns are left out unless asked.
     */
    private ContrastResult fromIndex(Selector a, Selector b, ContrastRequest request) {
        java.util.Set<Long> aSources = sourcesOf(a);
        java.util.Set<Long> bSources = sourcesOf(b);
        Map<Long, java.util.Set<String>> interviewers = request.withInterviewer() ? Map.of()
                : store.sources().interviewerLabels();
        org.terrain.corpus.search.FormCounter.Sides sides = (sourceId, speaker) -> {
            if (interviewers.getOrDefault(sourceId, java.util.Set.of()).contains(speaker)) {
                return -1;
            }
            Boolean inA = aSources == null ? null : aSources.contains(sourceId) && speakerMatches(a, speaker);
            Boolean inB = bSources == null ? null : bSources.contains(sourceId) && speakerMatches(b, speaker);
            boolean sideA = inA != null ? inA : !inB;
            boolean sideB = inB != null ? inB : !inA;
            if (sideA && sideB) {
                throw new UsageException("selectors_overlap", sourceName(sourceId));
            }
            return sideA ? 0 : sideB ? 1 : -1;
        };
        org.terrain.corpus.search.FormCounter.Counts counts;
        try (org.terrain.corpus.search.SearchIndex index = org.terrain.corpus.search.SearchIndex.open(store,
                org.terrain.corpus.task.ProgressListener.NONE)) {
            counts = index.countForms(sides);
        }
        long[] totals = {counts.aTokens(), counts.bTokens()};
        if (totals[0] == 0 || totals[1] == 0) {
            throw new TerrainException("contrast_empty_side", TerrainException.Category.ACTION_NEEDED,
                    totals[0] == 0 ? request.a() : request.b());
        }
        return new ContrastResult(totals[0], totals[1], rows(counts.forms(), totals, request));
    }

    /** The sources passing a side's source-level conditions; null for {@code rest}. */
    private java.util.Set<Long> sourcesOf(Selector selector) {
        if (!(selector instanceof Selector.All all)) {
            return null;
        }
        org.terrain.corpus.model.SourceKind kind = null;
        String caseName = null;
        Map<String, List<String>> attributes = new HashMap<>();
        List<java.util.Set<String>> inSets = new ArrayList<>();
        boolean impossible = false;
        for (Selector.Condition condition : all.conditions()) {
            switch (condition) {
                case Selector.Kind k -> {
                    impossible |= kind != null && kind != k.kind();
                    kind = k.kind();
                }
                case Selector.Case c -> {
                    impossible |= caseName != null && !caseName.equals(c.name());
                    caseName = c.name();
                }
                case Selector.Attribute attribute -> {
                    List<String> values = attributes.get(attribute.key());
                    impossible |= values != null && !values.contains(attribute.value());
                    attributes.put(attribute.key(), List.of(attribute.value()));
                }
                case Selector.SourceSet set -> inSets.add(SideMembership.sourcesOf(store, set));
                default -> { }
            }
        }
        if (impossible) {
            return java.util.Set.of();
        }
        java.util.Set<Long> ids = new java.util.HashSet<>(store.sources().matching(kind, caseName, attributes));
        for (java.util.Set<String> names : inSets) {
            ids.retainAll(store.sources().versions().stream().filter(v -> names.contains(v.name()))
                    .map(SourceStore.Version::id).toList());
        }
        return ids;
    }

    private static boolean speakerMatches(Selector selector, String speaker) {
        return ((Selector.All) selector).conditions().stream()
                .allMatch(c -> !(c instanceof Selector.Speaker s) || s.label().equals(speaker));
    }

    private String sourceName(long id) {
        return store.sources().versions().stream().filter(v -> v.id() == id).map(v -> v.name()).findFirst()
                .orElse(String.valueOf(id));
    }

    private static void countWords(List<SpeechCorpus.Document> corpus, SideMembership inA, SideMembership inB,
                                   boolean withInterviewer, Map<String, long[]> counts, long[] totals) {
        for (SpeechCorpus.Document document : corpus) {
            boolean mayA = inA == null || inA.sourceMayMatch(document);
            boolean mayB = inB == null || inB.sourceMayMatch(document);
            if (!mayA && !mayB) {
                continue;
            }
            for (SpeechCorpus.Unit unit : document.units()) {
                if (unit.interviewer() && !withInterviewer) {
                    continue;
                }
                for (SpeechCorpus.Word word : unit.words()) {
                    int side = side(document, unit, word.start(), word.end(), inA, inB, mayA, mayB);
                    if (side >= 0) {
                        counts.computeIfAbsent(word.form(), k -> new long[2])[side]++;
                        totals[side]++;
                    }
                }
            }
        }
    }

    /** Each coded segment is one occurrence of its code, on the side its whole span belongs to. */
    private void countSegments(List<SpeechCorpus.Document> corpus, SideMembership inA, SideMembership inB,
                               boolean withInterviewer, Map<String, long[]> counts, long[] totals) {
        Map<Long, SpeechCorpus.Document> byId = new HashMap<>();
        corpus.forEach(d -> byId.put(d.source().id(), d));
        for (SegmentInfo segment : store.segments().list(null, null)) {
            SpeechCorpus.Document document = byId.get(segment.segment().sourceId());
            Span span = segment.segment().span();
            SpeechCorpus.Unit unit = unitOf(document, span);
            if (unit == null || unit.interviewer() && !withInterviewer) {
                continue;
            }
            boolean mayA = inA == null || inA.sourceMayMatch(document);
            boolean mayB = inB == null || inB.sourceMayMatch(document);
            int side = side(document, unit, span.start(), span.end(), inA, inB, mayA, mayB);
            if (side >= 0) {
                counts.computeIfAbsent(segment.code().toString(), k -> new long[2])[side]++;
                totals[side]++;
            }
        }
    }

    /** The unit holding a segment's start; a segment running past its unit takes the unit it starts in. */
    private static SpeechCorpus.Unit unitOf(SpeechCorpus.Document document, Span span) {
        for (SpeechCorpus.Unit unit : document.units()) {
            if (unit.span().start() <= span.start() && span.start() < Math.max(unit.span().end(), unit.span().start() + 1)) {
                return unit;
            }
        }
        return null;
    }

    /** 0 for A, 1 for B, -1 for neither; both is a usage error (the sides overlap). */
    static int side(SpeechCorpus.Document document, SpeechCorpus.Unit unit, int start, int end,
                            SideMembership inA, SideMembership inB, boolean mayA, boolean mayB) {
        Boolean a = inA == null ? null : mayA && inA.contains(document, unit, start, end);
        Boolean b = inB == null ? null : mayB && inB.contains(document, unit, start, end);
        if (a == null) {
            a = !b; // A is the rest
        }
        if (b == null) {
            b = !a; // B is the rest
        }
        if (a && b) {
            throw new UsageException("selectors_overlap", document.source().name());
        }
        return a ? 0 : b ? 1 : -1;
    }

    private static List<ContrastRow> rows(Map<String, long[]> counts, long[] totals, ContrastRequest request) {
        long tA = totals[0];
        long T = totals[0] + totals[1];
        List<ContrastRow> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long k = entry.getValue()[0];
            long F = k + entry.getValue()[1];
            if (F < request.minFreq() || request.contentWordsOnly() && request.unit() != ContrastRequest.Unit.CODE
                    && FunctionWords.isFunctionWord(entry.getKey())) {
                continue;
            }
            double expected = (double) F * tA / T;
            double score = request.method() == ContrastRequest.Method.G2
                    ? LogLikelihood.g2(k, tA, F - k, totals[1])
                    : Specificities.score(T, tA, F, k);
            rows.add(new ContrastRow(entry.getKey(), k, F - k, expected, score,
                    LogLikelihood.effect(k, tA, F - k, totals[1])));
        }
        rows.sort(Comparator.comparingDouble(ContrastRow::score).reversed().thenComparing(ContrastRow::term));
        if (request.top() > 0 && rows.size() > 2 * request.top()) {
            List<ContrastRow> kept = new ArrayList<>(rows.subList(0, request.top()));
            kept.addAll(rows.subList(rows.size() - request.top(), rows.size()));
            return kept;
        }
        return rows;
    }
}
