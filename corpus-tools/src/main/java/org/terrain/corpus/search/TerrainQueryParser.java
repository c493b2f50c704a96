package org.terrain.corpus.search;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax with the researcher's expectations: words are all required unless OR is written;
 * a hyphenated word (Saint-Fons) is a phrase; wildcards and fuzzy terms search the written words
 * ({@link FrenchAnalysis#EXACT}), not the stems, so that {@code usin*} means what it says.
 */
final class TerrainQueryParser extends QueryParser {
    TerrainQueryParser() {
        super(FrenchAnalysis.TEXT, FrenchAnalysis.perField());
        setDefaultOperator(Operator.AND);
        setSplitOnWhitespace(true); // must precede: Lucene refuses auto phrases otherwise
        setAutoGeneratePhraseQueries(true);
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(written(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(written(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(written(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(written(field), termStr);
    }

    private static String written(String field) {
        return FrenchAnalysis.TEXT.equals(field) ? FrenchAnalysis.EXACT : field;
    }

    /** A field we do not index fails loudly rather than silently matching nothing. */
    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return super.getFieldQuery(checked(field), queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return super.getFieldQuery(checked(field), queryText, slop);
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
