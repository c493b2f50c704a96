package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.coding.AutoCoder;
import org.terrain.corpus.coding.CodingUnit;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

class ContrastServiceTest {
    static final String INTERVIEW = """
            [00:00:02] ENQ : et le travail à l'atelier, le travail ?
            [00:00:05] MARTINE : on soude, on meule, on soude encore ; le geste vient avec le temps
            [00:00:11] ENQ : le geste ?
            [00:00:14] MARTINE : le geste de la soudure, la main qui tient, l'usine qui tourne
            """;
    static final String ARTICLE = "L'industrie du futur arrive : robots, numérique, attractivité. L'usine du futur "
            + "promet des emplois. Le futur de l'industrie se joue maintenant.";

    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        Fixtures.importText(store, dir, "entretien.txt", INTERVIEW, SourceKind.INTERVIEW);
        Fixtures.importText(store, dir, "article.txt", ARTICLE, SourceKind.DISCOURSE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ContrastResult contrast(String a, String b, ContrastRequest.Unit unit, ContrastRequest.Method method,
                                    boolean withInterviewer) {
        return new ContrastService(store).contrast(new ContrastRequest(a, b, unit, method, 1, 0, withInterviewer));
    }

    @Test
    void everyScoreIsLafonsModelOnItsOwnCountsAndTotalsLeaveTheInterviewerOut() {
        ContrastResult result = contrast("kind=interview", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.SPECIFICITIES, false);
        long martine = WordCounter.count("on soude, on meule, on soude encore ; le geste vient avec le temps")
                + WordCounter.count("le geste de la soudure, la main qui tient, l'usine qui tourne");
        assertThat(result.aTokens()).isEqualTo(martine);
        assertThat(result.bTokens()).isEqualTo(WordCounter.count(ARTICLE));
        long T = result.aTokens() + result.bTokens();
        for (ContrastRow row : result.rows()) {
            long F = row.a() + row.b();
            assertThat(row.score()).as(row.term())
                    .isCloseTo(Specificities.score(T, result.aTokens(), F, row.a()), within(1e-12));
            assertThat(row.expected()).isCloseTo((double) F * result.aTokens() / T, within(1e-12));
        }
        assertThat(result.rows().getFirst().term()).isIn("on", "geste", "soude");
        assertThat(result.rows()).extracting(ContrastRow::term).doesNotContain("travail", "atelier");
        assertThat(result.rows()).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));

        ContrastResult withEnq = contrast("kind=interview", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.SPECIFICITIES, true);
        assertThat(withEnq.rows()).extracting(ContrastRow::term).contains("travail");
    }

    @Test
    void aCodeAgainstTheRestAfterAutoCodingAWordRanksThatWordFirst() {
        CodePath code = CodePath.of("Geste");
        store.codes().add(code, null, null);
        try (SearchIndex index = SearchIndex.open(store, ProgressListener.NONE)) {
            new AutoCoder(store).byQuery(index, SearchRequest.of("exact:geste"), CodingUnit.HIT, code);
        }
        ContrastResult result = contrast("code=Geste", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.SPECIFICITIES, false);
        assertThat(result.aTokens()).isEqualTo(2);
        assertThat(result.rows().getFirst().term()).isEqualTo("geste");
        assertThat(contrast("code=Geste", "rest", ContrastRequest.Unit.FORM, ContrastRequest.Method.G2, false)
                .rows().getFirst().term()).isEqualTo("geste");
    }

    @Test
    void speakerSelectorsAndCodeUnits() {
        ContrastResult bySpeaker = contrast("speaker=MARTINE", "kind=discourse", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.G2, false);
        assertThat(bySpeaker.rows().getFirst().a()).isPositive();
        store.codes().add(CodePath.of("Pratiques"), null, null);
        store.codes().add(CodePath.of("Discours"), null, null);
        String text = store.sources().get("entretien.txt").text();
        int at = text.codePointCount(0, text.indexOf("on soude"));
        store.segments().code("entretien.txt", CodePath.of("Pratiques"),
                List.of(new org.terrain.corpus.model.Span(at, at + 8)), null, "t");
        store.segments().code("article.txt", CodePath.of("Discours"),
                List.of(new org.terrain.corpus.model.Span(0, 10)), null, "t");
        ContrastResult codes = contrast("kind=interview", "kind=discourse", ContrastRequest.Unit.CODE,
                ContrastRequest.Method.SPECIFICITIES, false);
        assertThat(codes.aTokens()).isEqualTo(1);
        assertThat(codes.bTokens()).isEqualTo(1);
        assertThat(codes.rows().getFirst().term()).isEqualTo("Pratiques");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "kind=interview | rest | false", "kind=interview | rest | true", "speaker=MARTINE | kind=discourse | false",
        "rest | kind=discourse | false", "kind=discourse & attr:site=Lyon | rest | false"})
    void countingFromTheIndexAgreesWithCountingFromTheText(String a, String b, boolean withInterviewer) {
        for (ContrastRequest.Method method : ContrastRequest.Method.values()) {
            ContrastRequest request = new ContrastRequest(a, b, ContrastRequest.Unit.FORM, method, 1, 0, withInterviewer);
            ContrastResult fast;
            try {
                fast = new ContrastService(store).contrast(request);
            } catch (org.terrain.corpus.errors.TerrainException e) {
                assertThatThrownBy(() -> new ContrastService(store, false).contrast(request))
                        .isInstanceOf(e.getClass());
                continue;
            }
            ContrastResult slow = new ContrastService(store, false).contrast(request);
            assertThat(fast).isEqualTo(slow);
        }
    }

    @Test
    void aSetIsASideAndCountsTheSameFromTheIndexAndFromTheText() {
        store.sets().create("Terrain lyonnais", null);
        store.sets().addSources("Terrain lyonnais", java.util.List.of("entretien.txt"));
        ContrastRequest request = new ContrastRequest("set=Terrain lyonnais", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.SPECIFICITIES, 1, 0, false);
        ContrastResult bySet = new ContrastService(store).contrast(request);
        assertThat(bySet).isEqualTo(new ContrastService(store, false).contrast(request));
        assertThat(bySet).isEqualTo(contrast("kind=interview", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.SPECIFICITIES, false));
        assertThatThrownBy(() -> contrast("set=Inconnu", "rest", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.G2, false)).isInstanceOf(org.terrain.corpus.errors.UnknownSetException.class);
    }

    @Test
    void overlappingSidesAreAUsageError() {
        assertThatThrownBy(() -> contrast("kind=interview", "speaker=MARTINE", ContrastRequest.Unit.FORM,
                ContrastRequest.Method.G2, false)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> contrast("rest", "rest", ContrastRequest.Unit.FORM, ContrastRequest.Method.G2, false))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> contrast("genre=x", "rest", ContrastRequest.Unit.FORM, ContrastRequest.Method.G2,
                false)).isInstanceOf(UsageException.class);
    }
}
