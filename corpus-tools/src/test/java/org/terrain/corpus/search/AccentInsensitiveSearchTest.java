package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

/**
 * Accents and case never matter in a search (contract, Search): a word typed bare or in capitals finds what it
 * finds typed with its accents, inflections included, in plain terms, wildcards, fuzzy terms and phrases;
 * {@code exact:} alone keeps the accents.
 */
class AccentInsensitiveSearchTest {
    static final String INTERVIEW = """
            [00:00:02] ENQ : et la sécurité à l'usine ?
            [00:00:05] MARTINE : la Sécurité, c'était l'affaire des ouvrières. Les ouvriers disaient « sécurités d'abord ».
            [00:00:11] ENQ : et vous étiez employée ?
            [00:00:14] MARTINE : employée de bureau, puis ouvrière ; mon frère était employé à l'École des Mines de Saint-Étienne. Le cœur de l'usine.
            [00:00:20] ENQ : et la securite, écrite sans accent ?
            """;

    @TempDir
    Path dir;
    ProjectStore store;
    SearchIndex index;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        Fixtures.importText(store, dir, "entretien.txt", INTERVIEW, SourceKind.INTERVIEW);
        index = SearchIndex.open(store, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private List<String> spans(String query) {
        return index.search(SearchRequest.of(query).withLimit(1000)).hits().stream()
                .map(h -> h.start() + "-" + h.end() + ":" + h.match()).toList();
    }

    @ParameterizedTest(name = "{0} finds what {1} finds: {2}")
    @CsvSource(delimiter = '|', value = {
        "securite            | sécurité          | 4 | sécurité, Sécurité, sécurités, and securite written so",
        "SECURITE            | sécurité          | 4 | capitals",
        "Securite            | sécurité          | 4 | a capital initial",
        "SÉCURITÉ            | sécurité          | 4 | capitals with accents",
        "SÉCURITÉS           | sécurités         | 3 | the plural finds the singular too, not securite written bare",
        "securites           | sécurités         | 3 | the plural, typed bare",
        "securit*            | sécurit*          | 4 | a prefix",
        "SECURIT*            | sécurit*          | 4 | a prefix in capitals",
        "s?curit?            | s?curit?          | 3 | a wildcard on the accented letters",
        "securite~1          | sécurité~1        | 4 | a fuzzy term",
        "ouvrieres           | ouvrières         | 3 | ouvrières, ouvriers, ouvrière",
        "OUVRIERES           | ouvrières         | 3 | capitals join the inflections too",
        "ouvriere            | ouvrière          | 3 | the feminine singular",
        "employe             | employé           | 3 | employée, employée, employé",
        "employes            | employés          | 3 | a plural absent from the text still joins its singular",
        "ecole               | école             | 1 | École",
        "coeur               | cœur              | 1 | the ligature œ is oe",
        "etiez               | étiez             | 1 | a verb",
        "\"affaire des ouvrieres\" | \"affaire des ouvrières\" | 1 | a phrase",
        "\"la securite\"      | \"la sécurité\"     | 3 | a place holding two stems (securite written so too)",
        "\"SECURITES D'ABORD\" | \"sécurités d'abord\" | 1 | a phrase in capitals",
        "\"securite ouvrieres\"~5 | \"sécurité ouvrières\"~5 | 2 | proximity",
        "Saint-Etienne       | Saint-Étienne     | 1 | a hyphenated word is a phrase",
        "usine -securite     | usine -sécurité   | 1 | a word excluded",
        "securite OR ecole   | sécurité OR école | 5 | or",
        "securite AND ouvrieres | sécurité AND ouvrières | 4 | and, within one unit of speech",
    })
    void typedBareOrInCapitalsFindsWhatTheAccentedWordFinds(String typed, String accented, int total, String why) {
        List<String> expected = spans(accented);
        assertThat(expected).as(accented).hasSize(total);
        assertThat(spans(typed)).as(why).isEqualTo(expected);
    }

    @Test
    void theHitIsTheWordAsWrittenWithItsOffsets() {
        assertThat(index.search(SearchRequest.of("SECURITE OR ECOLE OR coeur")).hits()).extracting(SearchHit::match)
                .containsExactly("sécurité", "Sécurité", "sécurités", "École", "cœur", "securite");
        String text = store.sources().get("entretien.txt").text();
        for (SearchHit hit : index.search(SearchRequest.of("securite OR ecole OR coeur").withLimit(100)).hits()) {
            assertThat(text.codePoints().skip(hit.start()).limit(hit.end() - hit.start())
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                    .isEqualTo(hit.match());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "exact:ouvrières | 1 | the written form only",
        "exact:OUVRIÈRES | 1 | exact: ignores case",
        "exact:ouvrieres | 0 | but keeps the accents",
        "exact:sécurité  | 2 | sécurité and Sécurité, not the plural",
        "exact:securite  | 1 | the accents matter in exact: the word written without them only",
        "exact:sécurit*  | 3 | wildcards in exact: keep the accents too",
        "exact:securit*  | 1 | and in its wildcards",
    })
    void exactKeepsTheAccentsButNotTheCase(String query, int total, String why) {
        assertThat(index.search(SearchRequest.of(query)).total()).as(why).isEqualTo(total);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"securite", "OUVRIERES", "securit*", "coeur",
        "\"affaire des ouvrieres\"", "securite OR ouvrieres", "usine -securite", "securite~1", "employes",
        "\"la securite\"", "\"LA SÉCURITÉ\""})
    void countingFromPostingsAgreesWithTheMatchesApi(String query) {
        SearchRequest request = SearchRequest.of(query).withLimit(1000);
        SearchResult fast = index.search(request);
        SearchResult matches = index.searchWithMatchesOnly(request);
        assertThat(fast.total()).isEqualTo(matches.total()).isPositive();
        assertThat(fast.documents()).isEqualTo(matches.documents());
        assertThat(fast.hits()).isEqualTo(matches.hits());
    }

    @Test
    void aWordOrAPhrasePlaceWithSeveralStemsIsCountedInOnePassOverThePostings() {
        var stems = new org.apache.lucene.search.SynonymQuery.Builder(FrenchAnalysis.TEXT)
                .addTerm(new org.apache.lucene.index.Term(FrenchAnalysis.TEXT, "secur"))
                .addTerm(new org.apache.lucene.index.Term(FrenchAnalysis.TEXT, "securit")).build();
        assertThat(OccurrenceSources.of(stems)).isPresent();
        var phrase = new org.apache.lucene.search.MultiPhraseQuery.Builder()
                .add(new org.apache.lucene.index.Term(FrenchAnalysis.TEXT, "la"))
                .add(stems.getTerms().toArray(org.apache.lucene.index.Term[]::new)).build();
        assertThat(OccurrenceSources.of(phrase)).isPresent();
        assertThat(OccurrenceSources.of(new org.apache.lucene.search.MultiPhraseQuery.Builder(phrase).setSlop(2)
                .build())).as("proximity takes the Matches API").isEmpty();
    }

    @Test
    void theCodeFilterKeepsTheBareWordsHitsInsideItsSegments() {
        CodePath code = CodePath.parse("Pratiques/Sécurité");
        store.codes().add(code, null, null);
        String text = store.sources().get("entretien.txt").text();
        int start = text.codePointCount(0, text.indexOf("la Sécurité"));
        int end = text.codePointCount(0, text.indexOf("d'abord"));
        store.segments().code("entretien.txt", code, List.of(new Span(start, end)), null, "t");
        index.sync(ProgressListener.NONE);
        SearchResult inCode = index.search(new SearchRequest("SECURITE", null, null, Map.of(), null, code, 100));
        assertThat(inCode.hits()).extracting(SearchHit::match).containsExactly("Sécurité", "sécurités");
    }
}
