package org.terrain.corpus.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

class AutoCoderTest {
    static final String INTERVIEW = """
            [00:00:02] ENQ : et la sécurité ?
            [00:00:05] MARTINE : On porte le masque. La sécurité d'abord, toujours
            [00:00:09] ENQ : toujours ?
            [00:00:11] MARTINE : Oui. Avant tout la sécurité. Ensuite le reste.
            """;
    static final String ARTICLE = "Titre : la chimie lyonnaise\nLes sites investissent. La sécurité progresse. "
            + "Les riverains s'inquiètent.\nUne autre ligne sur la sécurité.";
    static final CodePath CODE = CodePath.parse("Pratiques/Sécurité");

    @TempDir
    Path dir;
    ProjectStore store;
    SearchIndex index;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        Fixtures.importText(store, dir, "entretien.txt", INTERVIEW, SourceKind.INTERVIEW);
        Fixtures.importText(store, dir, "article.txt", ARTICLE, SourceKind.DISCOURSE);
        store.codes().add(CODE, null, null);
        index = SearchIndex.open(store, ProgressListener.NONE);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    private List<String> coded() {
        return store.segments().list(CODE, null).stream().map(SegmentInfo::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hit       | sécurité;sécurité;sécurité;sécurité;sécurité",
        "sentence  | La sécurité d'abord, toujours;Avant tout la sécurité.;et la sécurité ?;La sécurité progresse.;Une autre ligne sur la sécurité.",
        "turn      | On porte le masque. La sécurité d'abord, toujours;Oui. Avant tout la sécurité. Ensuite le reste.;et la sécurité ?;Les sites investissent. La sécurité progresse. Les riverains s'inquiètent.;Une autre ligne sur la sécurité.",
        "paragraph | On porte le masque. La sécurité d'abord, toujours;Oui. Avant tout la sécurité. Ensuite le reste.;et la sécurité ?;Les sites investissent. La sécurité progresse. Les riverains s'inquiètent.;Une autre ligne sur la sécurité.",
    })
    void codesTheUnitAroundEachHit(String unit, String expected) {
        new AutoCoder(store).byQuery(index, SearchRequest.of("sécurité"), CodingUnit.parse(unit).orElseThrow(), CODE);
        assertThat(coded()).containsExactlyInAnyOrder(expected.split(";"));
    }

    @Test
    void aQueryTypedWithoutAccentsOrInCapitalsCodesWhatTheAccentedOneCodes() {
        AutoCoder coder = new AutoCoder(store);
        assertThat(coder.preview(index, SearchRequest.of("SECURITE"), CodingUnit.HIT))
                .isEqualTo(coder.preview(index, SearchRequest.of("sécurité"), CodingUnit.HIT));
        coder.byQuery(index, SearchRequest.of("securite"), CodingUnit.SENTENCE, CODE);
        assertThat(coded()).containsExactlyInAnyOrder("La sécurité d'abord, toujours", "Avant tout la sécurité.",
                "et la sécurité ?", "La sécurité progresse.", "Une autre ligne sur la sécurité.");
    }

    @Test
    void aSentenceNeverRunsPastTheEndOfItsTurn() {
        new AutoCoder(store).byQuery(index, SearchRequest.of("toujours"), CodingUnit.SENTENCE, CODE);
        assertThat(coded()).containsExactlyInAnyOrder("La sécurité d'abord, toujours", "toujours ?");
    }

    @Test
    void previewSaysWhatItWouldDoAndChangesNothing() {
        long seq = store.changeSeq();
        AutoCoder.Outcome outcome = new AutoCoder(store).preview(index, SearchRequest.of("sécurité"), CodingUnit.TURN);
        assertThat(outcome).isEqualTo(new AutoCoder.Outcome(5, 5, 2));
        assertThat(store.changeSeq()).isEqualTo(seq);
    }

    @Test
    void bySpeakerCodesEveryTurnOfThatSpeakerAndOneUndoTakesItBack() {
        AutoCoder.Outcome outcome = new AutoCoder(store).bySpeaker("ENQ", null, CODE);
        assertThat(outcome.segments()).isEqualTo(2);
        assertThat(coded()).containsExactly("et la sécurité ?", "toujours ?");
        store.undo();
        assertThat(coded()).isEmpty();
    }

    @Test
    void candidatesListEachHitWithItsUnitAndWhetherAnInterviewerSaidIt() {
        long seq = store.changeSeq();
        List<CodingCandidate> candidates = new AutoCoder(store).candidates(index, SearchRequest.of("sécurité"),
                CodingUnit.SENTENCE);

        assertThat(candidates).hasSize(5);
        assertThat(candidates).filteredOn(CodingCandidate::interviewer)
                .extracting(c -> c.hit().source(), c -> c.hit().speaker())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("entretien.txt", "ENQ"));
        assertThat(candidates).filteredOn(c -> c.hit().source().equals("entretien.txt") && !c.interviewer())
                .extracting(c -> text("entretien.txt", c))
                .containsExactlyInAnyOrder("La sécurité d'abord, toujours", "Avant tout la sécurité.");
        assertThat(store.changeSeq()).isEqualTo(seq);
    }

    @Test
    void theChosenCandidatesAreCodedInOneActionThatOneUndoTakesBack() {
        AutoCoder coder = new AutoCoder(store);
        List<CodingCandidate> chosen = coder.candidates(index, SearchRequest.of("sécurité"), CodingUnit.HIT).stream()
                .filter(c -> !c.interviewer() && c.hit().source().equals("entretien.txt")).toList();
        long seq = store.changeSeq();

        AutoCoder.Outcome outcome = coder.codeChosen(chosen, CODE, "sécurité", CodingUnit.HIT);

        assertThat(outcome).isEqualTo(new AutoCoder.Outcome(2, 2, 1));
        assertThat(coded()).containsExactly("sécurité", "sécurité");
        assertThat(store.changeSeq()).isEqualTo(seq + 1);
        assertThat(store.log(1).getLast().message())
                .isEqualTo(OperationKind.AUTOCODE_HITS.with(CODE, "sécurité", 2));
        store.undo();
        assertThat(coded()).isEmpty();
    }

    @Test
    void twoChosenHitsInOneSentenceMakeOneSegment() {
        Fixtures.importText(store, dir, "note.txt", "La sécurité, oui, la sécurité.", SourceKind.OTHER);
        index.sync(ProgressListener.NONE);
        AutoCoder coder = new AutoCoder(store);
        List<CodingCandidate> inNote = coder.candidates(index, SearchRequest.of("sécurité"), CodingUnit.SENTENCE)
                .stream().filter(c -> c.hit().source().equals("note.txt")).toList();

        assertThat(inNote).hasSize(2);
        assertThat(coder.codeChosen(inNote, CODE, "sécurité", CodingUnit.SENTENCE))
                .isEqualTo(new AutoCoder.Outcome(2, 1, 1));
        assertThat(coded()).containsExactly("La sécurité, oui, la sécurité.");
    }

    @Test
    void nothingChosenCodesNothing() {
        long seq = store.changeSeq();
        assertThat(new AutoCoder(store).codeChosen(List.of(), CODE, "sécurité", CodingUnit.HIT))
                .isEqualTo(new AutoCoder.Outcome(0, 0, 0));
        assertThat(store.changeSeq()).isEqualTo(seq);
    }

    private String text(String source, CodingCandidate candidate) {
        String text = store.sources().get(source).text();
        return new org.terrain.corpus.text.CodePointIndex(text).substring(candidate.span().start(),
                candidate.span().end());
    }
}
