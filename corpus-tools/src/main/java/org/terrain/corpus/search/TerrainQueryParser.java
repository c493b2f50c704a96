package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Lucene's classic syntax with the researcher's expectations: words are all required unless OR is written;
 * a hyphenated word (Saint-Fons) is a phrase; wildcards and fuzzy terms search the written words
 * ({@link FrenchAnalysis#EXACT}), not the stems, so that {@code usin*} means what it says.
 *
 * <p>Accents and case never matter outside {@code exact:} (docs/search.md): a word stands for the stems of every
 * form written like it once folded ({@link WordAlternatives}), in a phrase as alone; a wildcard, a fuzzy term or
 * a regular expression is matched against the folded form of each written word ({@link Accents#unfold}).
 * {@code exact:} keeps the accents (and, the index being in lower case, ignores case).
 */
final class TerrainQueryParser extends QueryParser {
    /** The words of a query as written: the {@link FrenchAnalysis#EXACT} chain. */
    private static final Analyzer WRITTEN = FrenchAnalysis.exact();

    private final WordAlternatives alternatives;
    /** The accented letters of the index's words, read at the first wildcard or fuzzy term. */
    private int[] letters;

    /** @param reader the index searched, whose written forms the words typed are matched against */
    TerrainQueryParser(IndexReader reader) {
        super(FrenchAnalysis.TEXT, FrenchAnalysis.perField());
        this.alternatives = new WordAlternatives(reader);
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(true); // must precede: Lucene refuses auto phrases otherwise
        setAutoGeneratePhraseQueries(true);
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if (!isText(field)) {
            return super.getWildcardQuery(field, termStr);
        }
        return written(termStr, WildcardQuery.toAutomaton(new Term(field, Accents.fold(termStr)),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (!isText(field)) {
            return super.getPrefixQuery(field, termStr);
        }
        return written(termStr + "*", Operations.concatenate(Automata.makeString(Accents.fold(termStr)),
                Automata.makeAnyString()));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (!isText(field)) {
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }
        int[] folded = Accents.fold(termStr).codePoints().toArray();
        int edits = FuzzyQuery.floatToEdits(minSimilarity, folded.length);
        int prefix = Math.min(getFuzzyPrefixLength(), folded.length);
        Automaton automaton = new LevenshteinAutomata(new String(folded, prefix, folded.length - prefix), true)
                .toAutomaton(edits, new String(folded, 0, prefix));
        return written(termStr + "~" + edits, automaton);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        if (!isText(field)) {
            return super.getRegexpQuery(field, termStr);
        }
        return written("/" + termStr + "/", new RegExp(Accents.fold(termStr), RegExp.ALL).toAutomaton());
    }

    /** The written words whose folded form the automaton accepts, searched as written. */
    private Query written(String typed, Automaton folded) {
        if (letters == null) {
            letters = alternatives.letters();
        }
        return new AutomatonQuery(new Term(FrenchAnalysis.EXACT, typed), Accents.unfold(folded, letters));
    }

    /** A field we do not index fails loudly rather than silently matching nothing. */
    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (isText(field)) {
            return words(queryText, 0);
        }
        return super.getFieldQuery(checked(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (isText(field)) {
            return words(queryText, slop);
        }
        return super.getFieldQuery(checked(field), queryText, slop);
    }

    /**
     * The words of {@code text} as written (lower case, elision removed), each standing for its alternatives: one
     * word alone, else a phrase (a quoted one, or a hyphenated word), whose places hold each word's alternatives.
     */
    private Query words(String text, int slop) {
        List<List<Term>> places = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int position = -1;
        try (TokenStream stream = WRITTEN.tokenStream(FrenchAnalysis.EXACT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                List<Term> stems = alternatives.stems(term.toString()).stream()
                        .map(stem -> new Term(FrenchAnalysis.TEXT, stem)).toList();
                if (!stems.isEmpty()) {
                    places.add(stems);
                    positions.add(position);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        if (places.isEmpty()) {
            return null;
        }
        if (places.size() == 1) {
            return anyOf(places.getFirst());
        }
        if (places.stream().allMatch(stems -> stems.size() == 1)) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < places.size(); i++) {
                phrase.add(places.get(i).getFirst(), positions.get(i));
            }
            return phrase.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < places.size(); i++) {
            phrase.add(places.get(i).toArray(Term[]::new), positions.get(i));
        }
        return phrase.build();
    }

    private static Query anyOf(List<Term> stems) {
        if (stems.size() == 1) {
            return new TermQuery(stems.getFirst());
        }
        SynonymQuery.Builder any = new SynonymQuery.Builder(FrenchAnalysis.TEXT);
        stems.forEach(any::addTerm);
        return any.build();
    }

    private static boolean isText(String field) {
        return FrenchAnalysis.TEXT.equals(field);
    }

    private static String checked(String field) throws ParseException {
        if (!FrenchAnalysis.TEXT.equals(field) && !FrenchAnalysis.EXACT.equals(field)
                && !FrenchAnalysis.LEMMA.equals(field)) {
            throw new ParseException("unknown field " + field
                    + ": (use exact:word for the written form, lemma:word for every form of a lemma)");
        }
        return field;
    }
}
