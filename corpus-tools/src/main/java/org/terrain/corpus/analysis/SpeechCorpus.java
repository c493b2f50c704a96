package org.terrain.corpus.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;
import org.terrain.corpus.text.CodePointIndex;

/**
 * The project's speech as statistics see it: per source, its units of speech (each turn's speech, or the
 * whole text outside transcripts) with their speaker, whether that speaker is an interviewer, and the words
 * (the contract's tokens, lower-cased) with their code-point spans.
 */
final class SpeechCorpus {
    record Word(String form, int start, int end) {
    }

    record Unit(String speaker, boolean interviewer, Span span, List<Word> words) {
    }

    record Document(Source source, List<Unit> units) {
    }

    private SpeechCorpus() {
    }

    static List<Document> load(ProjectStore store) {
        List<Document> out = new ArrayList<>();
        for (SourceStore.Version version : store.sources().versions()) {
            out.add(document(store.sources().get(version.name())));
        }
        return out;
    }

    /**
     * The same units with the language analysis' words instead: each word's lemma (punctuation left out), of
     * the given parts of speech only (empty: all). Every source must have a current analysis, or the counts
     * would silently leave some out.
     */
    static List<Document> loadLemmas(ProjectStore store, Set<String> partsOfSpeech) {
        List<Document> out = new ArrayList<>();
        for (SourceStore.Version version : store.sources().versions()) {
            List<org.terrain.corpus.model.Word> words = store.annotations().words(version.id())
                    .orElseThrow(() -> new TerrainException("nlp_not_annotated",
                            TerrainException.Category.ACTION_NEEDED, store.layout().root()));
            Source source = store.sources().get(version.name());
            Document forms = new Document(source, units(source, false)); // the lemmas replace the words
            List<Unit> units = new ArrayList<>();
            int next = 0;
            for (Unit unit : forms.units()) {
                while (next < words.size() && words.get(next).start() < unit.span().start()) {
                    next++;
                }
                List<Word> lemmas = new ArrayList<>();
                for (int i = next; i < words.size() && words.get(i).start() < unit.span().end(); i++) {
                    org.terrain.corpus.model.Word w = words.get(i);
                    if (!"PUNCT".equals(w.upos()) && (partsOfSpeech.isEmpty() || partsOfSpeech.contains(w.upos()))) {
                        lemmas.add(new Word(w.lemma(), w.start(), w.end()));
                    }
                }
                units.add(new Unit(unit.speaker(), unit.interviewer(), unit.span(), lemmas));
            }
            out.add(new Document(forms.source(), units));
        }
        return out;
    }

    static Document document(Source source) {
        return new Document(source, units(source));
    }

    private static List<Unit> units(Source source) {
        return units(source, true);
    }

    /** The units of speech; their words only when asked ({@code withWords}), since tokenizing costs. */
    private static List<Unit> units(Source source, boolean withWords) {
        CodePointIndex index = new CodePointIndex(source.text());
        List<Unit> units = new ArrayList<>();
        if (source.turns().isEmpty()) {
            Span all = new Span(0, index.codePointLength());
            units.add(new Unit(null, false, all, withWords ? words(index, all) : List.of()));
            return units;
        }
        Set<String> interviewers = new HashSet<>(SourceStore.interviewers(source));
        for (Turn turn : source.turns()) {
            units.add(new Unit(turn.speaker(), interviewers.contains(turn.speaker()), turn.speech(),
                    withWords ? words(index, turn.speech()) : List.of()));
        }
        return units;
    }

    private static List<Word> words(CodePointIndex index, Span span) {
        String text = index.substring(span.start(), span.end());
        CodePointIndex local = new CodePointIndex(text);
        List<Word> words = new ArrayList<>();
        for (WordCounter.Token token : WordCounter.tokensWithOffsets(text)) {
            words.add(new Word(token.word().toLowerCase(Locale.FRENCH), span.start() + local.toCodePoint(token.start()),
                    span.start() + local.toCodePoint(token.end())));
        }
        return words;
    }
}
