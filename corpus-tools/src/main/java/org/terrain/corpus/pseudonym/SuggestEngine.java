package org.terrain.corpus.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.text.NameFold;

/**
 * Suggestions for the pseudonym table: every name in the sources the researcher has not decided on yet, most
 * frequent first, with its sources and a proposed replacement. Candidates come from the words (capitalised words
 * the French lexicon does not know as common words, and its first names), the speaker labels that are names, and
 * the entities of the language analysis when {@code annotate} has run. Two passes over the texts: one finds the
 * candidates, one counts them all at once; seconds on millions of words.
 */
public final class SuggestEngine {
    private final SuggestLexicon lexicon;
    private final SuggestNamePool pool;

    public SuggestEngine(SuggestLexicon lexicon) {
        this.lexicon = lexicon;
        this.pool = SuggestNamePool.load();
    }

    /**
     * @param decided originals already in the table or ignored, folded by {@link NameFold#fold(String)}
     * @param replacements the table's replacements (any spelling): never proposed again
     */
    public List<Suggestion> suggest(List<SuggestSource> sources, Set<String> decided, Set<String> replacements) {
        return suggest(sources, decided, replacements, ProgressListener.NONE, Cancellation.none());
    }

    /**
     * The same, telling its progress (each source read twice: {@code total} is twice their number, the message the
     * source's name) and checking the token between sources: cancelled, it returns an empty list.
     */
    public List<Suggestion> suggest(List<SuggestSource> sources, Set<String> decided, Set<String> replacements,
                                    ProgressListener progress, Cancellation cancellation) {
        long total = 2L * sources.size();
        long done = 0;
        CandidateReader reader = new CandidateReader(lexicon);
        for (SuggestSource source : sources) {
            if (cancellation.isCancelled()) {
                return List.of();
            }
            reader.read(source);
            progress.progress(++done, total, source.name());
        }
        Map<String, CandidateEvidence> found = reader.found();
        found.keySet().removeIf(decided::contains);
        Set<String> counted = new HashSet<>(found.keySet());
        pool.all().forEach(name -> counted.add(NameFold.fold(name)));
        CandidateCounter counter = new CandidateCounter(counted);
        for (SuggestSource source : sources) {
            if (cancellation.isCancelled()) {
                return List.of();
            }
            counter.count(source.name(), source.text());
            progress.progress(++done, total, source.name());
        }
        Set<String> taken = new HashSet<>();
        replacements.forEach(r -> taken.add(NameFold.fold(r)));
        for (String name : pool.all()) {
            if (counter.tally(NameFold.fold(name)).count > 0) {
                taken.add(NameFold.fold(name)); // a real name of the corpus: no replacement
            }
        }
        CandidateCategories categories = new CandidateCategories(lexicon);
        SuggestProposals proposals = new SuggestProposals(lexicon, pool, taken);
        List<Suggestion> out = new ArrayList<>();
        for (String folded : found.keySet().stream().sorted().toList()) {
            CandidateCounter.Tally tally = counter.tally(folded);
            if (tally == null || tally.count == 0) {
                continue; // an entity the analysis cut across a word: not a whole word of the text
            }
            CandidateEvidence evidence = found.get(folded);
            if (2 * tally.lowerCase > tally.count && !evidence.speaker) {
                // Mostly written without a capital (« son », « le monde », « mars »): a common word the table,
                // blind to case, would replace everywhere; a capital at a title's start made it look like a name.
                continue;
            }
            String original = evidence.original();
            CandidateCategory category = categories.of(original, evidence, tally);
            out.add(new Suggestion(original, category, tally.count, List.copyOf(tally.sources),
                    proposals.propose(original, category), List.copyOf(evidence.foundBy)));
        }
        out.sort(Comparator.comparingInt(Suggestion::count).reversed()
                .thenComparing(s -> NameFold.fold(s.original())));
        return out;
    }
}
