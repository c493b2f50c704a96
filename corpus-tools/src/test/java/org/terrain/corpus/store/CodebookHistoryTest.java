package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.testing.Fixtures;

/** The codebook's history: the log's entries that changed codes, and what became of each (undo, redo). */
class CodebookHistoryTest {
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "test", "test");
        OperationLogUndoTest.addSource(store, "entretien.txt", Fixtures.INTERVIEW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void onlyChangesOfTheCodebookAreListedInOrder() {
        CodePath code = CodePath.parse("Pratiques/Travail");
        store.codes().add(code, null, null);
        store.segments().code("entretien.txt", code, List.of(new Span(0, 5)), "memo", "ana");
        store.memos().setOnCode(code, "un mémo n’est pas le livre de codes");
        store.codes().rename(code, "Travail posté");
        store.codes().describe(CodePath.parse("Pratiques/Travail posté"), "#112233", "Le travail en équipes");
        store.codes().move(CodePath.parse("Pratiques/Travail posté"), null);
        store.codes().merge(CodePath.of("Travail posté"), CodePath.of("Pratiques"));
        store.codes().delete(CodePath.of("Pratiques"));

        List<CodebookChange> history = store.codebookHistory();
        assertThat(history).extracting(c -> c.operation().action()).containsExactly("codes.add", "codes.rename",
                "codes.describe", "codes.move", "codes.merge", "codes.delete");
        assertThat(history).allMatch(CodebookChange::inForce);
        assertThat(history.get(2).fields()).extracting(CodebookChange.FieldChange::field)
                .containsExactlyInAnyOrder("color", "description");
        assertThat(history.get(2).fields()).filteredOn(f -> f.field().equals("description")).singleElement()
                .satisfies(f -> {
                    assertThat(f.before()).isNull();
                    assertThat(f.after()).isEqualTo("Le travail en équipes");
                });
    }

    @Test
    void anUndoneChangeIsNotInForceAndARedoneOneIsAgainWithItsWholeStory() {
        store.codes().add(CodePath.of("A"), null, null);
        store.codes().add(CodePath.of("B"), null, null);
        store.undo(); // B undone
        store.codes().add(CodePath.of("C"), null, null);
        store.undo(); // C undone
        store.redo(); // C back
        store.undo(); // C undone again

        List<CodebookChange> history = store.codebookHistory();
        assertThat(history).extracting(c -> c.operation().message()).containsExactly(
                OperationKind.CODE_ADD.with("A"), OperationKind.CODE_ADD.with("B"), OperationKind.CODE_ADD.with("C"));
        assertThat(history).extracting(CodebookChange::inForce).containsExactly(true, false, false);
        assertThat(history.get(1).reversals()).extracting(op -> op.action()).containsExactly("undo");
        assertThat(history.get(2).reversals()).extracting(op -> op.action()).containsExactly("undo", "redo", "undo");

        store.redo();
        assertThat(store.codebookHistory().get(2).inForce()).isTrue();
    }

    @Test
    void aProjectWithoutCodesHasNoHistory() {
        assertThat(store.codebookHistory()).isEmpty();
    }
}
