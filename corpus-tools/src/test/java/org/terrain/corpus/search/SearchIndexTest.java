package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.text.CodePointIndex;

class SearchIndexTest {
    static final String INTERVIEW = """
            [00:00:02] ENQ : vous travaillez à l’usine depuis longtemps ?
            [00:00:05] MARTINE : oui 🏭 à L'USINE de Saint-Fons, avec les ouvrières de la chimie
            [00:00:11] ENQ : et les ouvriers ?
            [00:00:14] MARTINE : les Ouvriers partaient. Saint et Fons sont deux mots. L'école ferme.
            """;
    static final String ARTICLE = "L’usine du futur. Un ouvrier parle de l'Ecole. Les usines de la Vallée de la chimie.";
    static final String NOTE = "Observation : un ouvrier à Feyzin, pas d’usine ici.";

    @TempDir
    Path dir;
    ProjectStore store;
    SearchIndex index;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        importText("entretien.txt", INTERVIEW, SourceKind.INTERVIEW, "Usine A", Map.of("site", "Saint-Fons"));
        importText("article.txt", ARTICLE, SourceKind.DISCOURSE, null, Map.of("site", "Lyon", "media", "presse"));
        importText("note.txt", NOTE, SourceKind.OBSERVATION, "Usine A", Map.of("site", "Feyzin"));
        index = SearchIndex.open(store, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private void importText(String name, String text, SourceKind kind, String caseName, Map<String, String> attrs) {
        Fixtures.importText(store, dir, name, text, kind, caseName, attrs, TurnMode.AUTO);
    }

    private SearchResult search(String query) {
        return index.search(SearchRequest.of(query).withLimit(1000));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "usine      | 5 | elision (l’usine, L'USINE), case, plural (usines)",
        "USINE      | 5 | case",
        "ouvrier    | 5 | ouvrier ~ ouvriers ~ ouvrières (plural, feminine)",
        "ouvrières  | 5 | the feminine plural finds the masculine too",
        "ecole      | 2 | accents folded: école, Ecole",
        "école      | 2 | and back",
        "exact:ouvrières | 1 | the written form only",
        "usin*      | 5 | wildcards on written words",
        "travaillez | 1 | a word of the interviewer is searchable",
        "ENQ        | 0 | labels are not words",
        "MARTINE    | 0 | labels are not words",
    })
    void frenchFolding(String query, int total, String why) {
        assertThat(search(query).total()).as(why).isEqualTo(total);
    }

    @Test
    void phrasesKeepStopWordsAndHyphenatedWordsArePhrases() {
        assertThat(search("\"de la chimie\"").total()).isEqualTo(2);
        assertThat(search("\"la Vallée de la chimie\"").total()).isEqualTo(1);
        SearchResult saintFons = search("Saint-Fons");
        assertThat(saintFons.total()).as("Saint et Fons apart do not match").isEqualTo(1);
        assertThat(saintFons.hits().getFirst().match()).isEqualTo("Saint-Fons");
        assertThat(search("\"ouvrier Ecole\"~3").hits()).extracting(h -> h.source() + ":" + h.match()).containsExactly("article.txt:ouvrier parle de l'Ecole");
        assertThat(search("usine AND chimie").documents()).isEqualTo(2);
        // Boolean operators hold within a unit of speech: a turn, or a whole document outside transcripts.
        assertThat(search("usine -chimie").hits()).extracting(SearchHit::source, SearchHit::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("entretien.txt", "ENQ"),
                        org.assertj.core.groups.Tuple.tuple("note.txt", ""));
        assertThat(search("usine NOT chimie").total()).isEqualTo(2);
        assertThat(search("fayzin~1").total()).isEqualTo(1);
    }

    @Test
    void totalCountsDistinctSpansAndAPhraseIsOne() {
        assertThat(search("usine OR usines OR usin*").total()).isEqualTo(5);
        assertThat(search("\"l'usine de Saint-Fons\"").total()).isEqualTo(1);
    }

    @Test
    void hitsAreCodePointSpansOfTheCanonicalTextWithTheirConcordance() {
        for (SearchHit hit : search("usine OR ouvrier OR Saint-Fons").hits()) {
            String text = store.sources().get(hit.source()).text();
            assertThat(new CodePointIndex(text).substring(hit.start(), hit.end())).isEqualTo(hit.match());
            assertThat(hit.left() + hit.match() + hit.right()).doesNotContain("\n");
        }
        SearchHit elided = search("usine").hits().getFirst();
        assertThat(elided.source()).isEqualTo("article.txt");
        assertThat(elided.match()).as("the article is not part of the hit").isEqualTo("usine");
        SearchHit afterEmoji = search("exact:usine").hits().stream().filter(h -> h.speaker().equals("MARTINE"))
                .findFirst().orElseThrow();
        assertThat(afterEmoji.left()).endsWith("🏭 à L'");
    }

    @Test
    void filtersBySpeakerKindCaseAndAttributes() {
        SearchRequest usine = SearchRequest.of("usine").withLimit(100);
        assertThat(index.search(new SearchRequest("usine", null, null, Map.of(), "MARTINE", null, 100)).total())
                .isEqualTo(1);
        assertThat(index.search(new SearchRequest("usine", null, null, Map.of(), "ENQ", null, 100)).total())
                .isEqualTo(1);
        assertThat(index.search(usine.withKind(SourceKind.DISCOURSE)).total()).isEqualTo(2);
        assertThat(index.search(new SearchRequest("usine", null, "Usine A", Map.of(), null, null, 100)).documents())
                .isEqualTo(2);
        assertThat(index.search(new SearchRequest("usine", null, null,
                Map.of("site", List.of("Lyon", "Feyzin")), null, null, 100)).documents()).as("OR within a key")
                .isEqualTo(2);
        assertThat(index.search(new SearchRequest("usine", null, null,
                Map.of("site", List.of("Lyon", "Feyzin"), "media", List.of("presse")), null, null, 100)).documents())
                .as("AND across keys").isEqualTo(1);
        assertThat(index.search(new SearchRequest("usine", SourceKind.OBSERVATION, "nope", Map.of(), null, null, 10))
                .total()).isZero();
    }

    @Test
    void codeKeepsOnlyMatchesInsideItsSegments() {
        CodePath code = CodePath.parse("Pratiques/Travail");
        store.codes().add(code, null, null);
        String text = store.sources().get("entretien.txt").text();
        int martine = text.codePointCount(0, text.indexOf("oui 🏭"));
        int end = text.codePointCount(0, text.indexOf("chimie") + "chimie".length());
        store.segments().code("entretien.txt", code, List.of(new Span(martine, end)), null, "t");
        index.sync(ProgressListener.NONE);
        SearchResult inCode = index.search(new SearchRequest("usine OR ouvrier", null, null, Map.of(), null,
                CodePath.of("Pratiques"), 100));
        assertThat(inCode.hits()).extracting(SearchHit::match).containsExactly("USINE", "ouvrières");
    }

    @Test
    void theIndexFollowsTheDatabaseAndIsRebuiltWhenMissing() throws Exception {
        importText("nouveau.txt", "Une usine neuve.", SourceKind.DISCOURSE, null, Map.of());
        assertThat(index.sync(ProgressListener.NONE)).isEqualTo(1);
        assertThat(search("neuve").total()).isEqualTo(1);
        store.sources().delete("nouveau.txt");
        index.sync(ProgressListener.NONE);
        assertThat(search("neuve").total()).isZero();
        assertThat(index.sync(ProgressListener.NONE)).as("nothing changed").isZero();

        index.close();
        index = rebuilt();
        assertThat(search("usine").total()).isEqualTo(5);
    }

    /** The index made again from nothing: every source in one segment. */
    private SearchIndex rebuilt() {
        try (var files = Files.list(store.layout().index())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SearchIndex.open(store, ProgressListener.NONE);
    }

    @Test
    void anEditedSourceIsFoundByItsNewWordsOnlyThoughItsOldOnesStayInTheSegmentAsDeleted() {
        // Many sources in one segment: replacing one leaves its old documents there, marked deleted, not merged.
        for (int i = 0; i < 40; i++) {
            importText("autre-" + i + ".txt", "Une fabrique là-bas, numéro " + i + ".", SourceKind.DISCOURSE, null,
                    Map.of());
        }
        index.close();
        index = rebuilt();
        store.sources().edit("note.txt", new Span(41, 46), "forge", source -> 1);
        index.sync(ProgressListener.NONE);
        assertThat(search("forge").total()).isEqualTo(1);
        assertThat(search("Feyzin").documents()).as("the rest of the note, indexed again").isEqualTo(1);
        assertThat(search("usine").total()).as("l'usine of the note is gone").isEqualTo(4);
        assertThat(index.searchWithMatchesOnly(SearchRequest.of("usine").withLimit(1000)).total()).isEqualTo(4);
    }

    /**
     * A disk that fails or a copy cut short damages the index files: the index is derived, so it is rebuilt from
     * the database at once, and the search answers as if nothing had happened.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"truncate the largest file",
        "overwrite the largest file", "overwrite its middle", "overwrite the segment info", "delete segments_N"})
    void aDamagedIndexIsRebuiltAndFindsWhatItFoundBefore(String damage) throws Exception {
        SearchResult before = search("ouvrier OR usine");
        index.close();
        damage(store.layout().index(), damage);
        index = SearchIndex.open(store, ProgressListener.NONE);
        assertThat(search("ouvrier OR usine")).isEqualTo(before);
        assertThat(search("usine").total()).isEqualTo(5);
    }

    private static void damage(Path folder, String how) throws java.io.IOException {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(f -> !f.getFileName().toString().equals("write.lock")).toList();
        }
        Path largest = files.stream().max(java.util.Comparator.comparingLong(SearchIndexTest::size)).orElseThrow();
        switch (how) {
            case "truncate the largest file" -> {
                try (var channel = java.nio.channels.FileChannel.open(largest, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.truncate(size(largest) / 2);
                }
            }
            case "overwrite the largest file" -> Files.write(largest, new byte[(int) size(largest)]);
            case "overwrite its middle" -> {
                try (var file = new java.io.RandomAccessFile(largest.toFile(), "rw")) {
                    file.seek(file.length() / 3);
                    file.write(new byte[(int) file.length() / 3]);
                }
            }
            case "overwrite the segment info" -> {
                Path info = files.stream().filter(f -> f.getFileName().toString().endsWith(".si")).findFirst()
                        .orElseThrow();
                Files.write(info, "garbage".repeat(20).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            case "delete segments_N" -> {
                for (Path f : files) {
                    if (f.getFileName().toString().startsWith("segments_")) {
                        Files.delete(f);
                    }
                }
            }
            default -> throw new IllegalArgumentException(how);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"usine", "ouvrier", "\"de la chimie\"", "Saint-Fons",
        "usin*", "ouvri*", "usine AND chimie", "usine OR ouvrier", "usine -chimie", "exact:ouvrières",
        "\"l'usine de Saint-Fons\"", "ouvrier OR ouvrières OR ouvri*", "la", "de"})
    void countingFromPostingsAgreesWithTheMatchesApi(String query) {
        SearchRequest request = SearchRequest.of(query).withLimit(1000);
        SearchResult fast = index.search(request);
        SearchResult matches = index.searchWithMatchesOnly(request);
        assertThat(fast.total()).isEqualTo(matches.total()).isPositive();
        assertThat(fast.documents()).isEqualTo(matches.documents());
        assertThat(fast.hits()).isEqualTo(matches.hits());
    }

    @Test
    void aBadQueryIsAUsageError() {
        assertThatThrownBy(() -> search("\"usine")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> search("lemme:travailler")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> search("lemma:travailler")).as("lemmas before any language analysis")
                .isInstanceOf(TerrainException.class).hasMessageContaining("annotate");
    }
}
