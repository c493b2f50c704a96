package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

/**
 * A folder import is one action: the backup due during work is taken once, before it, holding the state it
 * starts from; not again before each group of files it commits (a copy of the whole database every 200 files
 * was a third of the import of a large corpus, and held half-imported states nobody worked from).
 */
class FolderImportBackupTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfSeveralGroupsIsBackedUpOnceBeforeItStarts() {
        Path folder = dir.resolve("entretiens");
        int files = ImportService.GROUP_FILES * 2 + 50;
        for (int i = 0; i < files; i++) {
            Fixtures.write(folder, String.format("entretien-%03d.txt", i), "le fichier numéro " + i + " de l’usine\n");
        }
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            store.codes().add(CodePath.of("Pratiques"), "#4E79A7", null);
            long before = store.changeSeq();

            ImportReport report = new ImportService(store).importPaths(List.of(folder), ImportOptions.defaults(),
                    ProgressListener.NONE, Cancellation.none());

            assertThat(report.imported()).hasSize(files);
            List<Backups.Backup> duringWork = store.backups().list().stream()
                    .filter(b -> b.reason().equals("during-work")).toList();
            assertThat(duringWork).extracting(Backups.Backup::seq).containsExactly(before);
        }
    }
}
