package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Cutting a unit once for both fields must give exactly the terms, positions and offsets the two analyzers give. */
class UnitTokensTest {
    private static final String TEXT = """
            L’usine de Saint-Fons, c'est l'usine : qu’il vienne ! Les OUVRIÈRES et les ouvriers, l'ouvrière,
            la Sécurité sociale, securite, SÉCURITÉ… Aujourd'hui 12 000 salariés 😀 travaillent 🏭 à la chimie ;
            « médiation industrielle », œuvre, Œdipe, naïve, maïs, Noël, ça, garçon, déjà-vu, e-mail, 3,5 %, n°12.
            ENQ : vous travailliez où ? — Ben à l’usine, hein, j’travaillais là-bas depuis 1975. Ｆｕｌｌ ｗｉｄｔｈ. Fin 😀
            """;

    @Test
    void theWrittenFormsAreTheExactAnalyzers() throws IOException {
        UnitTokens tokens = new UnitTokens(TEXT);
        assertThat(read(tokens.exact())).isEqualTo(read(FrenchAnalysis.exact().tokenStream(FrenchAnalysis.EXACT, TEXT)))
                .hasSizeGreaterThan(50);
    }

    @Test
    void theStemsAreTheStemmedAnalyzers() throws IOException {
        UnitTokens tokens = new UnitTokens(TEXT);
        List<String> expected = read(FrenchAnalysis.stemmed().tokenStream(FrenchAnalysis.TEXT, TEXT));
        assertThat(read(tokens.stemmed())).isEqualTo(expected);
        // the second unit finds every word's stem already known to this thread: the same again
        assertThat(read(new UnitTokens(TEXT).stemmed())).isEqualTo(expected);
        assertThat(expected).anyMatch(t -> t.startsWith("usin|")).anyMatch(t -> t.startsWith("ouvri|"))
                .anyMatch(t -> t.startsWith("secur|"));
    }

    @Test
    void eachStreamCanBeReadAgain() throws IOException {
        UnitTokens tokens = new UnitTokens(TEXT);
        TokenStream stemmed = tokens.stemmed();
        assertThat(read(stemmed)).isEqualTo(read(stemmed));
    }

    /** Each token as term|start|end|position increment, then the final offset, as the index writer reads them. */
    private static List<String> read(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "|" + offset.startOffset() + "|" + offset.endOffset() + "|"
                        + increment.getPositionIncrement());
            }
            stream.end();
            out.add("end " + offset.endOffset() + " " + increment.getPositionIncrement());
        }
        return out;
    }
}
