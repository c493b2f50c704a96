package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.agreement.IntervalSet;
import org.terrain.corpus.agreement.SegmentMatching;
import org.terrain.corpus.agreement.TwoByTwo;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UnknownSourceException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Coder;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.CoderCodings;
import org.terrain.corpus.store.ProjectStore;

/**
 * The agreement of two coders, code by code, on the contract's units: the code points of speech of the sources
 * considered (each turn's speech, labels left out; the whole text outside transcripts; interviewers' speech is
 * speech too). Works on sorted intervals only (a coder's segments of a code in a source, merged), so the cost
 * follows the number of segments, not the size of the corpus; a code's units not coded by either coder are
 * counted, not visited.
 */
public final class AgreementService {
    private final ProjectStore store;

    public AgreementService(ProjectStore store) {
        this.store = store;
    }

    public AgreementResult compare(AgreementRequest request) {
        if (!(request.overlapPercent() >= 0 && request.overlapPercent() <= 100)) {
            throw new UsageException("agreement_bad_overlap", request.overlapPercent());
        }
        List<Coder> coders = CoderCodings.coders(store);
        Coder a = coder(coders, request.coderA());
        Coder b = coder(coders, request.coderB());
        if (a.id() == b.id()) {
            throw new UsageException("agreement_same_coder", a.name());
        }
        Map<Long, CoderCodings.Speech> speech = CoderCodings.speech(store);
        Set<Long> considered = sources(speech, request.sources());
        List<CoderCodings.Coding> codings = CoderCodings.of(store, List.of(a.id(), b.id()));
        if (request.codedByBoth()) {
            Set<Long> byA = new HashSet<>();
            Set<Long> byB = new HashSet<>();
            codings.forEach(c -> (c.coderId() == a.id() ? byA : byB).add(c.sourceId()));
            considered.retainAll(byA);
            considered.retainAll(byB);
        }
        Map<Long, IntervalSet> speechSets = new HashMap<>();
        long units = 0;
        for (long id : considered) {
            CoderCodings.Speech s = speech.get(id);
            IntervalSet set = IntervalSet.union(s.starts(), s.ends());
            speechSets.put(id, set);
            units += set.length();
        }
        if (units == 0) {
            throw new TerrainException("agreement_no_speech", TerrainException.Category.ACTION_NEEDED);
        }
        Map<Long, String> paths = new LinkedHashMap<>();
        for (CodeInfo info : store.codes().list()) {
            paths.put(info.code().id(), info.path().toString());
        }
        Set<Long> codes = codes(request.codes(), codings, considered, paths);

        // Codings of the chosen codes in the sources considered, by code then source.
        Map<Long, Map<Long, Pair>> byCode = new LinkedHashMap<>();
        for (CoderCodings.Coding coding : codings) {
            if (codes.contains(coding.codeId()) && considered.contains(coding.sourceId())) {
                byCode.computeIfAbsent(coding.codeId(), k -> new HashMap<>())
                        .computeIfAbsent(coding.sourceId(), k -> new Pair())
                        .add(coding.coderId() == a.id(), coding.start(), coding.end());
            }
        }
        List<Long> codeOrder = new ArrayList<>(codes);
        codeOrder.sort(Comparator.comparing(paths::get, String.CASE_INSENSITIVE_ORDER));
        List<Long> sourceOrder = new ArrayList<>(considered);
        sourceOrder.sort(Comparator.comparing(id -> speech.get(id).name()));

        List<AgreementResult.Row> rows = new ArrayList<>();
        List<AgreementResult.Row> bySource = new ArrayList<>();
        List<AgreementResult.Disagreement> disagreements = new ArrayList<>();
        for (long codeId : codeOrder) {
            String code = paths.get(codeId);
            Map<Long, Pair> perSource = byCode.getOrDefault(codeId, Map.of());
            TwoByTwo coded = TwoByTwo.EMPTY;
            SegmentMatching.Matches matches = SegmentMatching.Matches.NONE;
            for (long sourceId : sourceOrder) {
                Pair pair = perSource.get(sourceId);
                if (pair == null) {
                    continue;
                }
                String source = speech.get(sourceId).name();
                IntervalSet speechSet = speechSets.get(sourceId);
                Compared compared = pair.compare(speechSet, request.overlapPercent());
                coded = coded.plus(compared.table());
                matches = matches.plus(compared.matches());
                bySource.add(AgreementResult.Row.of(source, code, compared.table(), compared.matches()));
                compared.addRuns(source, code, a.name(), b.name(), disagreements);
            }
            // The units neither coder gave the code, counted from the total rather than visited.
            TwoByTwo table = new TwoByTwo(coded.both(), coded.aOnly(), coded.bOnly(),
                    units - coded.both() - coded.aOnly() - coded.bOnly());
            rows.add(AgreementResult.Row.of(null, code, table, matches));
        }
        List<String> sourceNames = sourceOrder.stream().map(id -> speech.get(id).name()).toList();
        return new AgreementResult(a, b, request.overlapPercent(), units, sourceNames, rows, overall(rows),
                bySource, disagreements);
    }

    /** Every code weighted by its units (the same for all codes: every unit considered), as the contract says. */
    static AgreementResult.Row overall(List<AgreementResult.Row> rows) {
        TwoByTwo sum = TwoByTwo.EMPTY;
        SegmentMatching.Matches matches = SegmentMatching.Matches.NONE;
        double weights = 0;
        double percent = 0;
        double kappa = 0;
        double alpha = 0;
        for (AgreementResult.Row row : rows) {
            double weight = row.table().units();
            sum = sum.plus(row.table());
            matches = matches.plus(row.segments());
            weights += weight;
            percent += weight * row.percent();
            kappa += weight * row.kappa();
            alpha += weight * row.alpha();
        }
        if (weights == 0) {
            return AgreementResult.Row.of(null, null, sum, matches);
        }
        return new AgreementResult.Row(null, null, sum, percent / weights, kappa / weights, alpha / weights, matches);
    }

    /** A coder named by id, guid or name (exact, then ignoring case). */
    static Coder coder(List<Coder> coders, String given) {
        String wanted = given == null ? "" : given.strip();
        for (Coder coder : coders) {
            if (String.valueOf(coder.id()).equals(wanted) || coder.guid().equals(wanted) || coder.name().equals(wanted)) {
                return coder;
            }
        }
        for (Coder coder : coders) {
            if (coder.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return coder;
            }
        }
        throw new TerrainException("agreement_unknown_coder", TerrainException.Category.ACTION_NEEDED, wanted);
    }

    private static Set<Long> sources(Map<Long, CoderCodings.Speech> speech, List<String> names) {
        if (names.isEmpty()) {
            return new LinkedHashSet<>(speech.keySet());
        }
        Map<String, Long> byName = new HashMap<>();
        speech.values().forEach(s -> byName.put(s.name(), s.sourceId()));
        Set<Long> out = new LinkedHashSet<>();
        for (String name : names) {
            Long id = byName.get(name);
            if (id == null) {
                throw new UnknownSourceException(name);
            }
            out.add(id);
        }
        return out;
    }

    /** The codes asked for with their sub-codes, or every code either coder used in the sources considered. */
    private Set<Long> codes(List<String> asked, List<CoderCodings.Coding> codings, Set<Long> considered,
                            Map<Long, String> paths) {
        Set<Long> out = new LinkedHashSet<>();
        if (asked.isEmpty()) {
            codings.stream().filter(c -> considered.contains(c.sourceId())).forEach(c -> out.add(c.codeId()));
            return out;
        }
        for (String written : asked) {
            CodePath root;
            try {
                root = CodePath.parse(written);
            } catch (IllegalArgumentException malformed) {
                throw new UsageException("bad_code_path", written);
            }
            long rootId = store.codes().get(root).id();
            String prefix = paths.get(rootId);
            paths.forEach((id, path) -> {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    out.add(id);
                }
            });
        }
        return out;
    }

    /** One code's segments in one source, each coder's. */
    private static final class Pair {
        private final Segments a = new Segments();
        private final Segments b = new Segments();

        void add(boolean ofA, int start, int end) {
            (ofA ? a : b).add(start, end);
        }

        Compared compare(IntervalSet speech, double overlap) {
            IntervalSet codedA = IntervalSet.union(a.starts(), a.ends()).intersect(speech);
            IntervalSet codedB = IntervalSet.union(b.starts(), b.ends()).intersect(speech);
            long both = codedA.intersect(codedB).length();
            long onlyA = codedA.length() - both;
            long onlyB = codedB.length() - both;
            TwoByTwo table = new TwoByTwo(both, onlyA, onlyB, speech.length() - both - onlyA - onlyB);
            SegmentMatching.Matches matches = SegmentMatching.match(a.starts(), a.ends(), b.starts(), b.ends(), overlap);
            return new Compared(table, matches, codedA.minus(codedB).joinedAcrossGapsOutside(speech),
                    codedB.minus(codedA).joinedAcrossGapsOutside(speech), a, b);
        }
    }

    private record Compared(TwoByTwo table, SegmentMatching.Matches matches, IntervalSet runsA, IntervalSet runsB,
                            Segments a, Segments b) {
        void addRuns(String source, String code, String nameA, String nameB,
                     List<AgreementResult.Disagreement> out) {
            List<AgreementResult.Disagreement> here = new ArrayList<>();
            for (int i = 0; i < runsA.size(); i++) {
                int start = runsA.start(i);
                int end = runsA.end(i);
                here.add(new AgreementResult.Disagreement(source, code, start, end, nameA, a.near(start, end),
                        b.near(start, end)));
            }
            for (int i = 0; i < runsB.size(); i++) {
                int start = runsB.start(i);
                int end = runsB.end(i);
                here.add(new AgreementResult.Disagreement(source, code, start, end, nameB, a.near(start, end),
                        b.near(start, end)));
            }
            here.sort(Comparator.comparingInt(AgreementResult.Disagreement::start));
            out.addAll(here);
        }
    }

    /** A coder's segments of one code in one source, in the order read (by start). */
    private static final class Segments {
        private int[] starts = new int[4];
        private int[] ends = new int[4];
        private int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        int[] starts() {
            return java.util.Arrays.copyOf(starts, size);
        }

        int[] ends() {
            return java.util.Arrays.copyOf(ends, size);
        }

        /** The segment that overlaps [start, end) the most, else one that touches it; null when none. */
        Span near(int start, int end) {
            Span best = null;
            int bestOverlap = -1;
            for (int i = 0; i < size && starts[i] <= end; i++) {
                int overlap = Math.min(end, ends[i]) - Math.max(start, starts[i]);
                if (overlap >= 0 && overlap > bestOverlap) {
                    best = new Span(starts[i], ends[i]);
                    bestOverlap = overlap;
                }
            }
            return best;
        }
    }
}
