package org.terrain.app.ui.pseudonyms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymMatcher;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.pseudonym.SuggestEngine;
import org.terrain.corpus.pseudonym.SuggestLexicon;
import org.terrain.corpus.pseudonym.SuggestSource;
import org.terrain.corpus.pseudonym.Suggestion;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * What the « Pseudonymisation » tab reads of the project, off the FX thread: the suggestions, the table with
 * each entry's occurrences, and the contexts of a name. Only {@link PseudonymsViewModel} calls it.
 */
final class PseudonymReads {
    private static final int CONTEXT_CHARS = 60;
    private static final int CONTEXT_LINES = 40;
    private static SuggestLexicon lexicon;

    /** The table, and every candidate the suggestions find (decided ones too: the view hides them). */
    record Table(Path project, List<EntryRow> entries, Set<String> decided, List<String> cases) {
    }

    /** The names found in one project's sources (its folder: another project opened in the window reads anew). */
    record Found(Path project, List<CandidateRow> rows) {
    }

    private PseudonymReads() {
    }

    /** The lexicon is read once per run: it takes a moment, and never changes. */
    private static synchronized SuggestLexicon lexicon() {
        if (lexicon == null) {
            lexicon = SuggestLexicon.load();
        }
        return lexicon;
    }

    /**
     * Every name of the sources, decided or not, most frequent first: the view leaves out those the table has
     * or ignores, so that an undo brings a name back without a new reading. Stops between two sources when
     * asked, returning null.
     */
    static Found suggestions(ProjectStore store, ProgressListener progress, Cancellation cancellation) {
        PseudonymTable table = store.pseudonyms().table();
        boolean annotated = store.annotations().anyCurrent();
        List<String> names = store.sources().names();
        List<SuggestSource> sources = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (cancellation.isCancelled()) {
                return null;
            }
            Source source = store.sources().get(names.get(i));
            List<EntityMention> entities = annotated ? store.annotations().mentions(source.id()) : List.of();
            sources.add(SuggestSource.of(source, entities));
            progress.progress(i + 1, names.size() + 1, source.name());
        }
        SuggestEngine engine = new SuggestEngine(lexicon());
        if (cancellation.isCancelled()) {
            return null;
        }
        List<Suggestion> found = engine.suggest(sources, Set.of(), table.replacementsFolded());
        progress.progress(names.size() + 1, names.size() + 1, "");
        return new Found(store.layout().root(), found.stream().map(s -> new CandidateRow(s.original(),
                NameCategory.of(s.category().word()), s.count(),
                s.sources(), s.proposal(), s.foundBy())).toList());
    }

    /** The table, each entry with how often its scope's matcher finds it, and the project's cases. */
    static Table table(ProjectStore store) {
        PseudonymTable table = store.pseudonyms().table();
        Map<PseudonymEntry, Integer> counts = new HashMap<>();
        if (!table.isEmpty()) {
            for (String name : store.sources().names()) {
                Source source = store.sources().get(name);
                table.matcherFor(source.caseName()).count(source.text(), counts);
            }
        }
        List<EntryRow> rows = table.entries().stream().map(e -> new EntryRow(e.original(), e.replacement(),
                NameCategory.of(e.category().id()), e.caseName(), counts.getOrDefault(e, 0))).toList();
        List<String> cases = store.cases().list().stream().map(c -> c.name()).toList();
        return new Table(store.layout().root(), rows, table.decidedFolded(), cases);
    }

    /** Where {@code original} occurs, as the table will match it: up to forty lines, sources in order. */
    static List<ContextLine> contexts(ProjectStore store, String original) {
        PseudonymMatcher matcher = PseudonymMatcher.of(List.of(
                new PseudonymEntry(original, "·", PseudonymCategory.OTHER, null)));
        List<ContextLine> out = new ArrayList<>();
        for (String name : store.sources().names()) {
            String text = store.sources().get(name).text();
            for (PseudonymMatcher.Hit hit : matcher.find(text)) {
                out.add(new ContextLine(name, side(text, Math.max(0, hit.start() - CONTEXT_CHARS), hit.start()),
                        text.substring(hit.start(), hit.end()),
                        side(text, hit.end(), Math.min(text.length(), hit.end() + CONTEXT_CHARS))));
                if (out.size() == CONTEXT_LINES) {
                    return out;
                }
            }
        }
        return out;
    }

    /** A stretch of context on one line (line breaks as spaces), never cutting a surrogate pair. */
    private static String side(String text, int from, int to) {
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && to > from && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return text.substring(from, to).replace('\n', ' ');
    }
}
