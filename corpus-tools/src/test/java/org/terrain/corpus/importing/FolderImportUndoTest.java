package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.CodebookChange;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

/**
 * A folder import is one action of the researcher: one undo takes every file of it back, one redo brings them
 * all again, however many commits stored them; an import stopped half way is undone as far as it went.
 */
class FolderImportUndoTest {
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path folder(String name, int files) {
        Path folder = dir.resolve(name);
        for (int i = 0; i < files; i++) {
            Fixtures.write(folder, String.format("entretien-%03d.txt", i),
                    "[00:00:02] ENQ : le fichier " + i + " de " + name + "\n[00:00:05] MARTINE : à l’usine\n");
        }
        return folder;
    }

    private ImportReport importFolder(Path folder, Cancellation cancellation, ProgressListener progress) {
        return new ImportService(store).importPaths(List.of(folder), ImportOptions.defaults(), progress, cancellation);
    }

    @Test
    void oneUndoTakesTheWholeFolderBackAndOneRedoBringsItAgain() {
        store.codes().add(CodePath.of("Pratiques"), "#4E79A7", null);
        ImportReport report = importFolder(folder("entretiens", 3), Cancellation.none(), ProgressListener.NONE);
        assertThat(report.imported()).hasSize(3);

        Operation undone = store.undo();

        assertThat(undone.action()).isEqualTo("import");
        assertThat(undone.entries()).isEqualTo(3);
        assertThat(store.sources().names()).isEmpty();
        assertThat(store.undoCandidate()).get().extracting(Operation::action).isEqualTo("codes.add");
        assertThat(store.redoCandidate()).get().extracting(Operation::entries).isEqualTo(3);

        Operation redone = store.redo();

        assertThat(redone.entries()).isEqualTo(3);
        assertThat(store.sources().names()).hasSize(3);
        assertThat(store.redoCandidate()).isEmpty();
        assertThat(store.undoCandidate()).get().extracting(Operation::entries).isEqualTo(3);

        store.undo();
        assertThat(store.sources().names()).isEmpty();
        store.undo();
        assertThat(store.codes().list()).isEmpty();
        List<CodebookChange> history = store.codebookHistory();
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.operation().action()).isEqualTo("codes.add");
            assertThat(change.reversals()).extracting(Operation::action).containsExactly("undo");
        });
    }

    @Test
    void anImportSpreadOverSeveralCommitsAndStoppedIsUndoneAsFarAsItWent() {
        int files = ImportService.GROUP_FILES * 2 + 50;
        Cancellation stop = new Cancellation();
        int stopAt = ImportService.GROUP_FILES + 100; // past the first commit, inside the second group
        ImportReport report = importFolder(folder("nombreux", files), stop, (done, total, file) -> {
            if (done >= stopAt) {
                stop.cancel();
            }
        });
        assertThat(report.cancelled()).isTrue();
        int kept = store.sources().names().size();
        assertThat(kept).isGreaterThan(ImportService.GROUP_FILES).isLessThan(files);

        Operation undone = store.undo();

        assertThat(undone.entries()).isEqualTo(kept);
        assertThat(store.sources().names()).isEmpty();
        assertThat(store.undoCandidate()).isEmpty();
        store.redo();
        assertThat(store.sources().names()).hasSize(kept);
    }

    @Test
    void twoImportsAreTwoActions() {
        importFolder(folder("premier", 2), Cancellation.none(), ProgressListener.NONE);
        importFolder(folder("second", 2), Cancellation.none(), ProgressListener.NONE);

        store.undo();

        assertThat(store.sources().names()).hasSize(2);
        assertThat(store.sources().get("entretien-000.txt").text()).contains("de premier");
    }
}
