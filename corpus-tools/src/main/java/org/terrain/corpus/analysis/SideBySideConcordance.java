package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.search.SearchHit;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.task.ProgressListener;

/**
 * The concordance of a word form in A and in B, side by side: every occurrence of the written form (as the
 * contrast counts it), placed on its side by the same selectors, interviewer speech left out unless asked,
 * each line with the codes of the segments covering it.
 */
public final class SideBySideConcordance {
    private final ProjectStore store;

    public SideBySideConcordance(ProjectStore store) {
        this.store = store;
    }

    public List<ConcordanceLine> lines(String a, String b, String form, boolean withInterviewer, int limitPerSide) {
        return lines(a, b, form, ContrastRequest.Unit.FORM, withInterviewer, limitPerSide);
    }

    /**
     * The occurrences of a term in A and in B: a word form as written, or with {@link ContrastRequest.Unit#LEMMA}
     * every form of a lemma (travaille, travaillaient for travailler), as a contrast by lemma counted them.
     */
    public List<ConcordanceLine> lines(String a, String b, String term, ContrastRequest.Unit termUnit,
                                       boolean withInterviewer, int limitPerSide) {
        boolean lemma = termUnit == ContrastRequest.Unit.LEMMA;
        if (term.isBlank() || term.contains("\"")) {
            throw new UsageException("bad_query", term, lemma ? "one lemma" : "one word form");
        }
        Selector sideA = Selector.parse(a);
        Selector sideB = Selector.parse(b);
        SideMembership inA = sideA instanceof Selector.All all ? new SideMembership(all, store) : null;
        SideMembership inB = sideB instanceof Selector.All all ? new SideMembership(all, store) : null;
        Map<String, SpeechCorpus.Document> documents = new HashMap<>();
        Map<String, List<SegmentInfo>> segments = new HashMap<>();
        List<ConcordanceLine> out = new ArrayList<>();
        int[] perSide = new int[2];
        List<SearchHit> hits;
        try (SearchIndex index = SearchIndex.open(store, ProgressListener.NONE)) {
            String field = lemma ? "lemma" : "exact";
            hits = index.allMatches(SearchRequest.of(field + ":\"" + term + "\""));
        }
        for (SearchHit hit : hits) {
            SpeechCorpus.Document document = documents.computeIfAbsent(hit.source(),
                    name -> SpeechCorpus.document(store.sources().get(name)));
            SpeechCorpus.Unit unit = unitAt(document, hit.start());
            if (unit == null || unit.interviewer() && !withInterviewer) {
                continue;
            }
            boolean mayA = inA == null || inA.sourceMayMatch(document);
            boolean mayB = inB == null || inB.sourceMayMatch(document);
            int side = ContrastService.side(document, unit, hit.start(), hit.end(), inA, inB, mayA, mayB);
            if (side < 0 || perSide[side] >= limitPerSide) {
                continue;
            }
            perSide[side]++;
            List<String> codes = new ArrayList<>();
            for (SegmentInfo segment : segments.computeIfAbsent(hit.source(), name -> store.segments().list(null, name))) {
                if (segment.segment().span().start() <= hit.start() && hit.end() <= segment.segment().span().end()) {
                    codes.add(segment.code().toString());
                }
            }
            out.add(new ConcordanceLine(side == 0 ? "a" : "b", hit.source(), hit.speaker(), hit.start(), hit.end(),
                    hit.left(), hit.match(), hit.right(), codes));
        }
        return out;
    }

    private static SpeechCorpus.Unit unitAt(SpeechCorpus.Document document, int position) {
        for (SpeechCorpus.Unit unit : document.units()) {
            if (unit.span().start() <= position && position < unit.span().end()) {
                return unit;
            }
        }
        return null;
    }
}
