package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Spans;
import org.terrain.corpus.errors.UnknownSetException;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * Whether a stretch of speech (a word, or a coded segment) belongs to a side. Source-level conditions read the
 * source (kind, case, attributes, its case's included); {@code speaker=} reads the unit; {@code code=} asks
 * that the stretch lie wholly inside the union of the code's segments.
 */
final class SideMembership {
    private final Selector.All selector;
    /** For each code condition: source id → merged spans of the code's segments. */
    private final Map<Selector.Code, Map<Long, List<Span>>> codeSpans = new HashMap<>();
    /** For each set condition: the names of the set's sources. */
    private final Map<Selector.SourceSet, java.util.Set<String>> setSources = new HashMap<>();

    SideMembership(Selector.All selector, ProjectStore store) {
        this.selector = selector;
        for (Selector.Condition condition : selector.conditions()) {
            if (condition instanceof Selector.Code code) {
                Map<Long, List<Span>> spans = new HashMap<>();
                for (SegmentInfo segment : store.segments().list(code.path(), null)) {
                    spans.computeIfAbsent(segment.segment().sourceId(), k -> new ArrayList<>())
                            .add(segment.segment().span());
                }
                spans.replaceAll((id, list) -> Spans.union(list));
                codeSpans.put(code, spans);
            }
            if (condition instanceof Selector.SourceSet set) {
                setSources.put(set, sourcesOf(store, set));
            }
        }
    }

    /** True when every source-level condition holds, so that the words of this source may belong. */
    boolean sourceMayMatch(SpeechCorpus.Document document) {
        for (Selector.Condition condition : selector.conditions()) {
            boolean ok = switch (condition) {
                case Selector.Kind kind -> document.source().kind() == kind.kind();
                case Selector.Case c -> c.name().equals(document.source().caseName());
                case Selector.Attribute attribute ->
                        attribute.value().equals(document.source().attributes().get(attribute.key()));
                case Selector.Code code -> codeSpans.get(code).containsKey(document.source().id());
                case Selector.Speaker speaker -> true;
                case Selector.SourceSet set -> setSources.get(set).contains(document.source().name());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** For a document that may match: does this stretch of this unit belong? */
    boolean contains(SpeechCorpus.Document document, SpeechCorpus.Unit unit, int start, int end) {
        for (Selector.Condition condition : selector.conditions()) {
            if (condition instanceof Selector.Speaker speaker && !Objects.equals(speaker.label(), unit.speaker())) {
                return false;
            }
            if (condition instanceof Selector.Code code
                    && !Spans.covers(codeSpans.get(code).get(document.source().id()), start, end)) {
                return false;
            }
        }
        return true;
    }

    /** The names of a set's sources; an unknown set is the user's to fix, not an empty side. */
    static java.util.Set<String> sourcesOf(ProjectStore store, Selector.SourceSet set) {
        return java.util.Set.copyOf(store.sets().find(set.name())
                .orElseThrow(() -> new UnknownSetException(set.name()))
                .sources());
    }
}
