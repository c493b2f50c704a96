package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Spans;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * One search: parse, filter, walk every matching unit with Lucene's Matches API (one span per term or per
 * phrase), map offsets to code points of the source, keep what lies inside the code's segments when asked,
 * count distinct spans, and cut concordance lines for the first hits in corpus order.
 */
final class Searching {
    /** Code points of context on each side of a concordance line. */
    static final int CONTEXT = 60;

    private final ProjectStore store;
    private final IndexSearcher searcher;

    /** False only in tests, to check that both ways of counting agree. */
    private final boolean countFromPostings;

    Searching(ProjectStore store, IndexSearcher searcher) {
        this(store, searcher, true);
    }

    Searching(ProjectStore store, IndexSearcher searcher, boolean countFromPostings) {
        this.store = store;
        this.searcher = searcher;
        this.countFromPostings = countFromPostings;
    }

    /**
     * A match before its concordance line is cut: token positions within the unit (the order and identity of
     * a match), and its UTF-16 offsets once known (-1 until then).
     */
    private record Found(String source, int base, int startPosition, int endPosition, int startOffset,
                         int endOffset, int leaf, int doc) {
        static final Comparator<Found> CORPUS_ORDER = Comparator.comparing(Found::source)
                .thenComparingInt(Found::base).thenComparingInt(Found::startPosition)
                .thenComparingInt(Found::endPosition);
    }

    /** What one pass over the matching units gathers: counts, and the first hits in corpus order. */
    private static final class Tally {
        long total;
        final Set<Long> documents = new HashSet<>();
        final PriorityQueue<Found> first;
        final int limit;

        Tally(int limit) {
            this.limit = limit;
            this.first = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)), Found.CORPUS_ORDER.reversed());
        }

        void offer(Found found) {
            if (limit == 0) {
                return;
            }
            if (first.size() < limit) {
                first.add(found);
            } else if (Found.CORPUS_ORDER.compare(found, first.peek()) < 0) {
                first.poll();
                first.add(found);
            }
        }
    }

    SearchResult search(SearchRequest request) {
        Query query = parse(request.query(), searcher.getIndexReader());
        Query filtered = filter(query, request);
        if (filtered == null) {
            return new SearchResult(0, 0, List.of());
        }
        Map<Long, List<Span>> inCode = request.code() == null ? null : segmentSpans(request);
        // Occurrences are counted from the postings in one pass when the query allows it; the --code filter
        // needs each match's offsets, which only the Matches API gives.
        Optional<Map<String, List<IntervalsSource>>> occurrences = inCode == null && countFromPostings
                ? OccurrenceSources.of(query) : Optional.empty();
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(filtered), ScoreMode.COMPLETE_NO_SCORES, 1);
            Tally tally = new Tally(request.limit());
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            try {
                for (int leafIndex = 0; leafIndex < leaves.size(); leafIndex++) {
                    if (occurrences.isPresent()) {
                        count(weight, occurrences.get(), leaves.get(leafIndex), leafIndex, tally);
                    } else {
                        collect(weight, leaves.get(leafIndex), leafIndex, inCode, tally);
                    }
                }
            } catch (IllegalStateException tooManyWords) {
                if (occurrences.isEmpty()) {
                    throw tooManyWords;
                }
                // A wildcard matching more words than intervals expand: count the slow way instead.
                return new Searching(store, searcher, false).search(request);
            }
            List<Found> first = new ArrayList<>(tally.first);
            first.sort(Found.CORPUS_ORDER);
            List<SearchHit> hits = new ArrayList<>();
            Map<Long, Map<Long, int[]>> offsetsByUnit = new HashMap<>();
            for (Found f : first) {
                hits.add(hit(leaves, withOffsets(weight, leaves, f, offsetsByUnit)));
            }
            return new SearchResult(tally.total, tally.documents.size(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(Weight weight, LeafReaderContext leaf, int leafIndex, Map<Long, List<Span>> inCode,
                         Tally tally) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return;
        }
        NumericDocValues sourceIds = DocValues.getNumeric(leaf.reader(), IndexSchema.SOURCE_ID);
        NumericDocValues bases = DocValues.getNumeric(leaf.reader(), IndexSchema.BASE_CP);
        SortedDocValues names = DocValues.getSorted(leaf.reader(), IndexSchema.SOURCE_NAME);
        StoredFields stored = leaf.reader().storedFields();
        DocIdSetIterator docs = scorer.iterator();
        Bits live = leaf.reader().getLiveDocs();
        Set<Long> seen = new HashSet<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Matches matches = weight.matches(leaf, doc);
            if (matches == null || !sourceIds.advanceExact(doc) || !bases.advanceExact(doc)
                    || !names.advanceExact(doc)) {
                continue;
            }
            long sourceId = sourceIds.longValue();
            List<Span> allowed = inCode == null ? null : inCode.get(sourceId);
            if (inCode != null && allowed == null) {
                continue;
            }
            int base = (int) bases.longValue();
            String body = allowed == null ? null : stored.document(doc, Set.of(IndexSchema.BODY)).get(IndexSchema.BODY);
            String name = null;
            seen.clear();
            for (String field : matches) {
                MatchesIterator it = matches.getMatches(field);
                while (it != null && it.next()) {
                    int startOffset = it.startOffset();
                    int endOffset = it.endOffset();
                    if (startOffset < 0 || !seen.add(((long) it.startPosition() << 32) | it.endPosition())) {
                        continue;
                    }
                    if (allowed != null) {
                        int start = base + body.codePointCount(0, afterElision(body, startOffset, endOffset));
                        int end = base + body.codePointCount(0, endOffset);
                        if (!inside(allowed, start, end)) {
                            continue;
                        }
                    }
                    if (name == null) {
                        name = names.lookupOrd(names.ordValue()).utf8ToString();
                    }
                    tally.total++;
                    tally.documents.add(sourceId);
                    tally.offer(new Found(name, base, it.startPosition(), it.endPosition(), startOffset, endOffset,
                            leafIndex, doc));
                }
            }
        }
    }

    /** The fast path: every occurrence from interval iterators advanced along the matching units. */
    private void count(Weight weight, Map<String, List<IntervalsSource>> sources, LeafReaderContext leaf,
                       int leafIndex, Tally tally) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return;
        }
        List<IntervalIterator> iterators = new ArrayList<>();
        for (Map.Entry<String, List<IntervalsSource>> field : sources.entrySet()) {
            for (IntervalsSource source : field.getValue()) {
                IntervalIterator it = source.intervals(field.getKey(), leaf);
                if (it != null) {
                    iterators.add(it);
                }
            }
        }
        NumericDocValues sourceIds = DocValues.getNumeric(leaf.reader(), IndexSchema.SOURCE_ID);
        NumericDocValues bases = DocValues.getNumeric(leaf.reader(), IndexSchema.BASE_CP);
        SortedDocValues names = DocValues.getSorted(leaf.reader(), IndexSchema.SOURCE_NAME);
        DocIdSetIterator docs = scorer.iterator();
        // A scorer walks deleted documents too (a source indexed again leaves its old ones until a merge).
        Bits live = leaf.reader().getLiveDocs();
        Set<Long> seen = new HashSet<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            seen.clear();
            for (IntervalIterator it : iterators) {
                if (it.docID() < doc) {
                    it.advance(doc);
                }
                if (it.docID() == doc) {
                    for (int start = it.nextInterval(); start != IntervalIterator.NO_MORE_INTERVALS;
                         start = it.nextInterval()) {
                        seen.add(((long) start << 32) | it.end());
                    }
                }
            }
            if (seen.isEmpty() || !sourceIds.advanceExact(doc) || !bases.advanceExact(doc)
                    || !names.advanceExact(doc)) {
                continue;
            }
            tally.total += seen.size();
            tally.documents.add(sourceIds.longValue());
            if (tally.limit > 0) {
                String name = names.lookupOrd(names.ordValue()).utf8ToString();
                int base = (int) bases.longValue();
                for (long span : seen) {
                    // interval ends are inclusive positions; Matches gives the same, so both paths agree
                    tally.offer(new Found(name, base, (int) (span >>> 32), (int) span, -1, -1, leafIndex, doc));
                }
            }
        }
    }

    /** The offsets of a match found by position, from the Matches API on its unit only. */
    private static Found withOffsets(Weight weight, List<LeafReaderContext> leaves, Found f,
                                     Map<Long, Map<Long, int[]>> cache) throws IOException {
        if (f.startOffset >= 0) {
            return f;
        }
        long unitKey = ((long) f.leaf << 32) | f.doc;
        Map<Long, int[]> offsets = cache.get(unitKey);
        if (offsets == null) {
            offsets = new HashMap<>();
            Matches matches = weight.matches(leaves.get(f.leaf), f.doc);
            if (matches != null) {
                for (String field : matches) {
                    MatchesIterator it = matches.getMatches(field);
                    while (it != null && it.next()) {
                        offsets.putIfAbsent(((long) it.startPosition() << 32) | it.endPosition(),
                                new int[] {it.startOffset(), it.endOffset()});
                    }
                }
            }
            cache.put(unitKey, offsets);
        }
        int[] found = offsets.get(((long) f.startPosition << 32) | f.endPosition);
        if (found == null) {
            throw new IllegalStateException("match at positions " + f.startPosition + "-" + f.endPosition
                    + " has no offsets in " + f.source);
        }
        return new Found(f.source, f.base, f.startPosition, f.endPosition, found[0], found[1], f.leaf, f.doc);
    }

    /**
     * The tokenizer keeps "l'usine" whole and elision only changes the term, so the offsets still cover the
     * article: move the start past it, so that the hit (and what auto-coding codes) is the word searched.
     */
    static int afterElision(String body, int start, int end) {
        Matcher article = ELIDED.matcher(body).region(start, end);
        return article.lookingAt() && article.end() < end ? article.end() : start;
    }

    private static final Pattern ELIDED = Pattern.compile(
            "(?i)(l|d|j|m|n|s|t|c|qu|jusqu|quoiqu|lorsqu|puisqu)['’]");

    private SearchHit hit(List<LeafReaderContext> leaves, Found f) throws IOException {
        Document unit = leaves.get(f.leaf).reader().storedFields().document(f.doc);
        String body = unit.get(IndexSchema.BODY);
        int startOffset = afterElision(body, f.startOffset, f.endOffset);
        int[] cps = body.codePoints().toArray();
        int start = body.codePointCount(0, startOffset);
        int end = start + body.codePointCount(startOffset, f.endOffset);
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(cps.length, end + CONTEXT);
        return new SearchHit(f.source, unit.get(IndexSchema.KIND), Long.parseLong(unit.get(IndexSchema.SOURCE_ID)),
                unit.get(IndexSchema.SPEAKER), unit.getField(IndexSchema.TURN).numericValue().intValue(),
                f.base + start, f.base + end, oneLine(new String(cps, from, start - from)),
                new String(cps, start, end - start), oneLine(new String(cps, end, to - end)));
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    /** The query; its words are matched against the reader's written forms, accents and case aside. */
    static Query parse(String text, IndexReader reader) {
        try {
            // the corpus is in NFC (CanonicalText); a query typed with combining accents is made like it
            return new TerrainQueryParser(reader).parse(Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException e) {
            throw new UsageException("bad_query", text, firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The query restricted to units of the sources that pass the filters; null when none can. */
    private Query filter(Query query, SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.UNIT)), BooleanClause.Occur.FILTER);
        if (request.kind() != null || request.caseName() != null || !request.attributes().isEmpty()) {
            Set<Long> ids = store.sources().matching(request.kind(), request.caseName(), request.attributes());
            if (ids.isEmpty()) {
                return null;
            }
            List<BytesRef> terms = ids.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            builder.add(new TermInSetQuery(IndexSchema.SOURCE_ID, terms), BooleanClause.Occur.FILTER);
        }
        if (request.speaker() != null) {
            builder.add(new TermQuery(new Term(IndexSchema.SPEAKER, request.speaker())), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * The text covered by the code's segments (its sub-codes included), by source id, as a union: overlapping or
     * touching segments merge, so a phrase running across two adjacent segments of the code is inside it.
     */
    private Map<Long, List<Span>> segmentSpans(SearchRequest request) {
        Map<Long, List<Span>> out = new HashMap<>();
        for (SegmentInfo segment : store.segments().list(request.code(), null)) {
            out.computeIfAbsent(segment.segment().sourceId(), k -> new ArrayList<>()).add(segment.segment().span());
        }
        out.replaceAll((id, spans) -> Spans.union(spans));
        return out;
    }

    private static boolean inside(List<Span> union, int start, int end) {
        return Spans.covers(union, start, end);
    }
}
