package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.store.ProjectStore;

/**
 * Where the file dialogs open: the documents folder at first (not the folder the app was started from), then
 * the last folder used, this session and the next; never inside a project.
 */
class DialogFoldersTest {
    @TempDir
    Path temp;

    private Path home;
    private Path documents;
    private Path remembered;

    @BeforeEach
    void fakeHome() throws Exception {
        home = Files.createDirectories(temp.resolve("home"));
        documents = Files.createDirectories(home.resolve("Documents"));
        remembered = temp.resolve("terrain-home").resolve(DialogFolders.FILE);
    }

    @Test
    void theFirstDialogOpensInTheDocumentsFolder() {
        assertThat(new DialogFolders(remembered, documents, home).initial()).isEqualTo(documents);
    }

    @Test
    void withoutADocumentsFolderTheHome() {
        assertThat(new DialogFolders(remembered, home.resolve("absent"), home).initial()).isEqualTo(home);
    }

    @Test
    void thenTheFolderOfTheLastFileChosenThisSessionAndTheNext() throws Exception {
        Path terrain = Files.createDirectories(home.resolve("thèse/terrain"));
        DialogFolders folders = new DialogFolders(remembered, documents, home);

        folders.rememberFile(terrain.resolve("segments.csv"));

        assertThat(folders.initial()).isEqualTo(terrain);
        assertThat(new DialogFolders(remembered, documents, home).initial()).as("next session").isEqualTo(terrain);
    }

    @Test
    void aFolderChosenIsWhereTheNextDialogOpens() throws Exception {
        Path entretiens = Files.createDirectories(home.resolve("entretiens"));
        DialogFolders folders = new DialogFolders(remembered, documents, home);

        folders.rememberFolder(entretiens);

        assertThat(folders.initial()).isEqualTo(entretiens);
    }

    @Test
    void aFolderGoneSinceIsForgotten() throws Exception {
        Path gone = Files.createDirectories(home.resolve("clé USB"));
        new DialogFolders(remembered, documents, home).rememberFolder(gone);
        Files.delete(gone);

        assertThat(new DialogFolders(remembered, documents, home).initial()).isEqualTo(documents);
    }

    @Test
    void neverInsideAProjectFolderButBesideIt() throws Exception {
        Path project = home.resolve("projets/Feyzin");
        ProjectStore.create(project, "Feyzin", "test").close();
        DialogFolders folders = new DialogFolders(remembered, documents, home);

        folders.rememberFolder(project);
        assertThat(folders.initial()).as("the project opened last").isEqualTo(home.resolve("projets"));

        folders.rememberFile(project.resolve("backups").resolve("segments.csv"));
        assertThat(folders.initial()).as("a file chosen inside it").isEqualTo(home.resolve("projets"));
    }

    @Test
    void anUnwritableMemoryCostsOnlyTheMemoryOfTheNextSession() throws Exception {
        Path blocked = Files.writeString(temp.resolve("a file"), "");
        Path terrain = Files.createDirectories(home.resolve("terrain"));
        DialogFolders folders = new DialogFolders(blocked.resolve(DialogFolders.FILE), documents, home);

        folders.rememberFolder(terrain);

        assertThat(folders.initial()).isEqualTo(terrain);
    }
}
