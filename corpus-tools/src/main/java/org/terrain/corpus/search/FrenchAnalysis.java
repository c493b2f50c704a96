package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * How French speech is indexed and searched. Two fields hold the same words:
 * <ul>
 *   <li>{@link #TEXT}, the default: elision removed (l'usine → usine), lower case, the Snowball French stemmer,
 *   then accents folded. Stemming before folding is what joins ouvrier, ouvriers, ouvrière and ouvrières
 *   (all "ouvri"); Lucene's FrenchLightStemmer does not.</li>
 *   <li>{@link #EXACT}, the word as written (elision removed, lower case, accents kept), for {@code exact:}
 *   searches and for wildcards and fuzzy terms, which must not run against stems; its terms are also the
 *   word forms that contrast statistics count.</li>
 * </ul>
 * No stop words are removed, so that "la médiation de l'usine" matches as a phrase, stop words included.
 *
 * <p>A query does not go through {@link #stemmed()} as typed: stemming depends on the accents (sécurité gives
 * "secur", securite "securit"), so each word typed is first matched, accents and case aside, against the written
 * forms of the index, and searched by their stems ({@link WordAlternatives}).
 */
public final class FrenchAnalysis {
    public static final String TEXT = "text";
    public static final String EXACT = "exact";
    /** Lemmas from the language analysis ({@code lemma:travailler}); absent from sources not annotated. */
    public static final String LEMMA = "lemma";

    /** {@link #stemmed()}'s filters on one word, without cutting it again. */
    private static final Analyzer WORD_STEM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new KeywordTokenizer();
            TokenStream stream = new SnowballFilter(new LowerCaseFilter(tokenizer), new FrenchStemmer());
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }
    };

    private FrenchAnalysis() {
    }

    public static Analyzer stemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(noEmoji(tokenizer), FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new SnowballFilter(stream, new FrenchStemmer());
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(noEmoji(tokenizer), FrenchAnalyzer.DEFAULT_ARTICLES);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Emoji are tokens for UAX#29 but not words: the index holds exactly the words the contract counts. */
    private static TokenStream noEmoji(TokenStream in) {
        return new TypeTokenFilter(in, Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]));
    }

    /** What the user types after {@code lemma:}, made like the indexed lemmas: lower case, accents folded. */
    public static Analyzer lemma() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** One written word (lower case, elision removed) made into its {@link #TEXT} term, as indexing makes it. */
    static Set<String> stemOf(String word) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream stream = WORD_STEM.tokenStream(TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }

    /** The analyzer of each field, for the index writer and the query parser alike. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(stemmed(), Map.of(EXACT, exact(), LEMMA, lemma()));
    }
}
