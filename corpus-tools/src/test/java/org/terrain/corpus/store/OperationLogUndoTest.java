package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.NothingToUndoException;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.SpeakerRole;
import org.terrain.corpus.testing.Fixtures;

/** Each kind of operation in the log can be undone back to the exact prior state, and redone. */
class OperationLogUndoTest {
    private static final CodePath CODE = CodePath.parse("Pratiques/Travail à l'usine");
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "test", "test");
        addSource(store, "entretien.txt", Fixtures.INTERVIEW);
        store.codes().add(CODE, null, null);
        store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null, "ana");
        store.sets().create("Usine A", "les entretiens du site");
        store.sets().addSources("Usine A", List.of("entretien.txt"));
        store.sets().addCodes("Usine A", List.of(CODE));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static void addSource(ProjectStore store, String name, String text) {
        Path original = Fixtures.write(store.layout().root().resolve("incoming"), name, text);
        store.sources().add(new NewSource(name, SourceKind.INTERVIEW, "Usine A", Map.of("site", "Saint-Fons"),
                text, TurnDetector.detect(text, TurnMode.ON), 12, original, "sha-" + name, original.toString()));
    }

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of("import", (Consumer<ProjectStore>) s -> addSource(s, "third.txt", "ENQ : a\nX : c")),
                Arguments.of("codes.add", (Consumer<ProjectStore>) s -> s.codes().add(
                        CodePath.parse("Discours/Industrie du futur/Robots"), "#123456", "définition")),
                Arguments.of("codes.add recolour", (Consumer<ProjectStore>) s -> s.codes().add(CODE, "#00FF00", "d")),
                Arguments.of("code", (Consumer<ProjectStore>) s -> s.segments().code("entretien.txt", CODE,
                        List.of(new Span(10, 20), new Span(30, 40)), "memo", "bob")),
                Arguments.of("code again with memo", (Consumer<ProjectStore>) s -> s.segments().code(
                        "entretien.txt", CODE, List.of(new Span(0, 5)), "nouveau mémo", "ana")),
                Arguments.of("segments.memo", (Consumer<ProjectStore>) s -> s.segments().setMemo(
                        s.segments().list(null, null).getFirst().segment().id(), "un mémo")),
                Arguments.of("uncode", (Consumer<ProjectStore>) s -> s.segments().uncode(
                        s.segments().list(null, null).getFirst().segment().id())),
                Arguments.of("speakers everywhere", (Consumer<ProjectStore>) s -> s.sources().setRole(null,
                        List.of("MARTINE"), SpeakerRole.INTERVIEWER)),
                Arguments.of("speakers in a source", (Consumer<ProjectStore>) s -> s.sources().setRole(
                        "entretien.txt", List.of("ENQ"), SpeakerRole.PARTICIPANT)),
                Arguments.of("codes.rename", (Consumer<ProjectStore>) s -> s.codes().rename(CODE, "Gestes")),
                Arguments.of("codes.describe", (Consumer<ProjectStore>) s -> s.codes().describe(CODE, "#112233", "déf")),
                Arguments.of("codes.move", (Consumer<ProjectStore>) s -> s.codes().move(CODE, CodePath.of("Discours"))),
                Arguments.of("codes.merge", (Consumer<ProjectStore>) s -> s.codes().merge(
                        CodePath.parse("Discours/Gestes"), CODE)),
                Arguments.of("codes.delete", (Consumer<ProjectStore>) s -> s.codes().delete(CodePath.of("Pratiques"))),
                Arguments.of("sources.delete", (Consumer<ProjectStore>) s -> s.sources().delete("entretien.txt")),
                Arguments.of("sets.create", (Consumer<ProjectStore>) s -> s.sets().create("Femmes", null)),
                Arguments.of("sets.add sources", (Consumer<ProjectStore>) s -> s.sets().addSources("Usine A",
                        List.of("entretien.txt", "second.txt"))),
                Arguments.of("sets.add codes", (Consumer<ProjectStore>) s -> s.sets().addCodes("Usine A",
                        List.of(CodePath.of("Pratiques")))),
                Arguments.of("sets.remove sources", (Consumer<ProjectStore>) s -> s.sets().removeSources("Usine A",
                        List.of("entretien.txt"))),
                Arguments.of("sets.remove codes", (Consumer<ProjectStore>) s -> s.sets().removeCodes("Usine A",
                        List.of(CODE))),
                Arguments.of("sets.delete", (Consumer<ProjectStore>) s -> s.sets().delete("Usine A")),
                Arguments.of("cases.add", (Consumer<ProjectStore>) s -> s.cases().addCase("Usine B")),
                Arguments.of("attributes.add", (Consumer<ProjectStore>) s -> s.cases().addAttribute("âge",
                        org.terrain.corpus.model.AttributeType.INTEGER)),
                Arguments.of("cases.value", (Consumer<ProjectStore>) s -> s.cases().setValue("Usine A", "site",
                        "Feyzin")),
                Arguments.of("sources.edit several", (Consumer<ProjectStore>) s -> s.sources().edit("entretien.txt",
                        List.of(new org.terrain.corpus.text.TextReplacement(0, 0, "x "),
                                new org.terrain.corpus.text.TextReplacement(3, 8, "")), source -> 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void undoRestoresTheStateBeforeAndRedoTheStateAfter(String kind, Consumer<ProjectStore> action) throws Exception {
        // Material for the moves and merges: another root code, and a code with segments to merge.
        CodePath gestes = CodePath.parse("Discours/Gestes");
        store.codes().add(gestes, null, null);
        store.segments().code("entretien.txt", gestes, List.of(new Span(0, 5), new Span(7, 9)), "m", "bob");
        addSource(store, "second.txt", "ENQ : a\nX : b");
        store.sets().create("Gestes", null);
        store.sets().addCodes("Gestes", List.of(gestes));
        store.sets().addCodes("Usine A", List.of(gestes));
        var before = Snapshot.of(store);
        action.accept(store);
        var after = Snapshot.of(store);
        assertThat(after).as("the action changed something").isNotEqualTo(before);

        store.undo();
        assertThat(Snapshot.of(store)).isEqualTo(before);
        store.redo();
        assertThat(Snapshot.of(store)).isEqualTo(after);
        store.undo();
        assertThat(Snapshot.of(store)).isEqualTo(before);
    }

    @Test
    void mergeMovesSegmentsKeepsOneOfTwinRangesAndDeletesTheSource() {
        CodePath other = CodePath.parse("Pratiques/Gestes");
        store.codes().add(other, null, null);
        // ana's coding of 0–5 is a twin of hers on CODE (another coder's would stay: CodingsPerCoderTest)
        store.segments().code("entretien.txt", other, List.of(new Span(0, 5), new Span(7, 9)), "m", "ana");
        assertThat(store.codes().merge(other, CODE)).isEqualTo(2);
        assertThat(store.segments().list(CODE, null)).extracting(s -> s.segment().span())
                .containsExactly(new Span(0, 5), new Span(7, 9));
        assertThat(store.segments().list(CODE, null).getFirst().segment().memo()).isEqualTo("m");
        assertThat(store.codes().find(other)).isEmpty();
        assertThat(store.backups().list()).extracting(b -> b.reason()).contains("before-merge");
        assertThatThrownBy(() -> store.codes().merge(CodePath.of("Pratiques"), CODE))
                .isInstanceOf(org.terrain.corpus.errors.UsageException.class);
    }

    @Test
    void undoWalksBackThroughSeveralActionsAndRedoForward() throws Exception {
        var s0 = Snapshot.of(store);
        store.codes().add(CodePath.of("A"), null, null);
        var s1 = Snapshot.of(store);
        store.codes().add(CodePath.of("B"), null, null);
        var s2 = Snapshot.of(store);
        store.undo();
        store.undo();
        assertThat(Snapshot.of(store)).isEqualTo(s0);
        store.redo();
        assertThat(Snapshot.of(store)).isEqualTo(s1);
        store.redo();
        assertThat(Snapshot.of(store)).isEqualTo(s2);
        assertThatThrownBy(store::redo).isInstanceOf(NothingToUndoException.class);
    }

    @Test
    void aNewActionEndsTheRedoChain() {
        store.codes().add(CodePath.of("A"), null, null);
        store.undo();
        store.codes().add(CodePath.of("B"), null, null);
        assertThatThrownBy(store::redo).isInstanceOf(NothingToUndoException.class);
    }

    @Test
    void theLogRecordsWhoWhatAndUndos() {
        store.codes().add(CodePath.of("A"), null, null);
        store.undo();
        var log = store.log(10);
        assertThat(log).extracting(o -> o.action()).containsSubsequence("import", "codes.add", "code", "codes.add", "undo");
        assertThat(log.getLast().undoOf()).isEqualTo(log.get(log.size() - 2).seq());
        assertThat(log.get(log.size() - 2).undone()).isTrue();
        assertThat(log).allSatisfy(o -> assertThat(o.who()).isNotBlank());
    }

    @Test
    void codingTheSameRangeTwiceIsOneSegmentAndNoLogEntry() {
        long seq = store.changeSeq();
        store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null, "ana");
        assertThat(store.segments().list(CODE, null)).hasSize(1);
        assertThat(store.changeSeq()).isEqualTo(seq);
    }

    @Test
    void undoRefusesWhenTheDataMovedOnSince() {
        store.codes().add(CodePath.of("A"), null, null);
        store.codes().rename(CodePath.of("A"), "B");
        long seq = store.changeSeq();
        // Change the same row behind the log's back: undo must not overwrite what it did not write.
        store.write(OperationKind.CODE_RENAME.with("B", "C"), tx -> {
            tx.writeColumns("codes", store.codes().get(CodePath.of("B")).id(), Map.of("name", "C"));
            return null;
        });
        assertThat(store.changeSeq()).isEqualTo(seq);
        assertThatThrownBy(store::undo).isInstanceOf(NothingToUndoException.class)
                .hasMessageContaining("can no longer be undone");
        assertThat(store.codes().find(CodePath.of("C"))).isPresent();
    }
}
