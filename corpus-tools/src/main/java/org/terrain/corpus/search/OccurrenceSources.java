package org.terrain.corpus.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The occurrences a query matches, as interval sources per field, for counting them all in one pass over the
 * postings instead of asking Lucene's Matches API document by document. Covers what people type most —
 * terms (one or several stems: a word typed without its accents), exact phrases (each place holding one or
 * several stems), wildcards, prefixes and fuzzy terms (automata), and boolean combinations of them (whose
 * positive clauses give the occurrences, as the Matches API counts them); for anything else (proximity) it
 * answers empty and the caller counts with the Matches API.
 */
final class OccurrenceSources {
    /** A wildcard expanding to more words than this (Lucene's clause limit) is counted the slow way. */
    private static final int MAX_EXPANSIONS = org.apache.lucene.search.IndexSearcher.getMaxClauseCount();

    private OccurrenceSources() {
    }

    static Optional<Map<String, List<IntervalsSource>>> of(Query query) {
        Map<String, List<IntervalsSource>> out = new LinkedHashMap<>();
        return add(query, out) ? Optional.of(out) : Optional.empty();
    }

    private static boolean add(Query query, Map<String, List<IntervalsSource>> out) {
        return switch (query) {
            case BoostQuery boost -> add(boost.getQuery(), out);
            case ConstantScoreQuery constant -> add(constant.getQuery(), out);
            case MatchNoDocsQuery none -> true;
            case TermQuery term -> put(out, term.getTerm().field(), Intervals.term(term.getTerm().bytes()));
            case SynonymQuery synonyms -> put(out, synonyms.getField(), anyOf(synonyms.getTerms()));
            case PhraseQuery phrase -> phrase(phrase, out);
            case MultiPhraseQuery phrase -> phrase(phrase, out);
            case AutomatonQuery automaton -> put(out, automaton.getField(),
                    Intervals.multiterm(automaton.getCompiled(), MAX_EXPANSIONS, automaton.toString()));
            case BooleanQuery bool -> {
                boolean ok = true;
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.occur() == BooleanClause.Occur.MUST || clause.occur() == BooleanClause.Occur.SHOULD) {
                        ok &= add(clause.query(), out);
                    }
                }
                yield ok;
            }
            default -> false;
        };
    }

    private static boolean phrase(PhraseQuery phrase, Map<String, List<IntervalsSource>> out) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || terms.length == 0) {
            return false;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return false;
            }
        }
        List<IntervalsSource> words = new ArrayList<>();
        for (Term term : terms) {
            words.add(Intervals.term(term.bytes()));
        }
        return put(out, terms[0].field(), terms.length == 1 ? words.getFirst()
                : Intervals.phrase(words.toArray(IntervalsSource[]::new)));
    }

    /** A phrase whose places hold one or several terms: a word typed without accents stands for several. */
    private static boolean phrase(MultiPhraseQuery phrase, Map<String, List<IntervalsSource>> out) {
        Term[][] places = phrase.getTermArrays();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || places.length == 0) {
            return false;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return false;
            }
        }
        List<IntervalsSource> words = new ArrayList<>();
        for (Term[] place : places) {
            words.add(anyOf(List.of(place)));
        }
        return put(out, places[0][0].field(), words.size() == 1 ? words.getFirst()
                : Intervals.phrase(words.toArray(IntervalsSource[]::new)));
    }

    private static IntervalsSource anyOf(List<Term> terms) {
        if (terms.size() == 1) {
            return Intervals.term(terms.getFirst().bytes());
        }
        return Intervals.or(terms.stream().map(t -> Intervals.term(t.bytes())).toArray(IntervalsSource[]::new));
    }

    private static boolean put(Map<String, List<IntervalsSource>> out, String field, IntervalsSource source) {
        out.computeIfAbsent(field, f -> new ArrayList<>()).add(source);
        return true;
    }
}
