package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * What an imported folder holds besides fieldwork: symbolic links (a link to /etc/passwd was imported), hidden
 * files and folders (skipped without a word), an external entity in a transcript. Each is reported, nothing
 * outside the folder is read.
 */
class FolderWalkTest {
    @TempDir
    Path dir;
    ProjectStore store;
    Path folder;
    Path outside;

    @BeforeEach
    void project() throws IOException {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        folder = Files.createDirectories(dir.resolve("terrain"));
        outside = Files.createDirectories(dir.resolve("ailleurs"));
        Files.writeString(folder.resolve("entretien.txt"), "MARTINE : Mon père était à l’usine.");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLinkLeavingTheFolderIsSkippedWithItsReason() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "MOT-DE-PASSE");
        Files.createSymbolicLink(folder.resolve("notes.txt"), secret);
        Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folder.resolve("autres"), outside); // a folder outside
        Files.createSymbolicLink(folder.resolve("relatif.txt"), Path.of("../ailleurs/secret.txt"));

        ImportReport report = importFolder();

        assertThat(report.imported()).extracting(ImportReport.Imported::source).containsExactly("entretien.txt");
        assertThat(report.skipped()).extracting(ImportReport.Skipped::path, ImportReport.Skipped::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("autres").toString(), "link_outside"),
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("notes.txt").toString(), "link_outside"),
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("passwd.txt").toString(), "link_outside"),
                        org.assertj.core.groups.Tuple.tuple(folder.resolve("relatif.txt").toString(), "link_outside"));
        assertThat(report.skipped()).filteredOn(s -> s.path().endsWith("notes.txt")).singleElement()
                .satisfies(s -> {
                    assertThat(s.detail()).isEqualTo(secret.toRealPath().toString());
                    assertThat(Messages.french().format("skip_" + s.reason(), s.detail())).isEqualTo(
                            "lien symbolique vers " + s.detail() + ", hors du dossier importé : non suivi (importez "
                                    + "ce fichier lui-même s’il fait partie du terrain)");
                });
        assertThat(report.failed()).isEmpty();
        assertThat(store.sources().summaries()).extracting(SourceSummary::name).containsExactly("entretien.txt");
    }

    @Test
    void aLinkInsideTheFolderImportsItsTargetOnce() throws IOException {
        Path sub = Files.createDirectories(folder.resolve("sous-dossier"));
        Path target = Files.writeString(sub.resolve("observation.txt"), "Atelier, 8 h, consignes.");
        Files.createSymbolicLink(folder.resolve("raccourci.txt"), target);
        Files.createSymbolicLink(folder.resolve("aussi"), sub);

        ImportReport report = importFolder();

        assertThat(report.imported()).extracting(ImportReport.Imported::source)
                .containsExactlyInAnyOrder("entretien.txt", "observation.txt");
        assertThat(report.skipped()).isEmpty();
        assertThat(report.failed()).isEmpty();
    }

    @Test
    void aLinkLoopNeitherHangsNorFails() throws IOException {
        Files.createSymbolicLink(folder.resolve("boucle"), folder);
        Files.createSymbolicLink(folder.resolve("a.txt"), folder.resolve("b.txt"));
        Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("a.txt"));
        Files.createSymbolicLink(folder.resolve("perdu.txt"), folder.resolve("disparu.txt"));

        ImportReport report = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), this::importFolder);

        assertThat(report.imported()).extracting(ImportReport.Imported::source).containsExactly("entretien.txt");
        assertThat(report.skipped()).extracting(ImportReport.Skipped::reason)
                .containsExactly("link_broken", "link_broken", "link_broken");
        assertThat(report.failed()).isEmpty();
    }

    @Test
    void hiddenFilesAndFoldersAreSkippedAndSaidSo() throws IOException {
        Files.writeString(folder.resolve(".brouillon.txt"), "pas pour le projet");
        Path git = Files.createDirectories(folder.resolve(".git/objects"));
        Files.writeString(git.resolve("a.txt"), "x");
        Files.writeString(git.resolve("b.txt"), "y");
        Files.writeString(folder.resolve(".DS_Store"), "z");

        ImportReport report = importFolder();

        assertThat(report.imported()).extracting(ImportReport.Imported::source).containsExactly("entretien.txt");
        assertThat(report.skipped()).extracting(ImportReport.Skipped::path, ImportReport.Skipped::reason,
                ImportReport.Skipped::detail).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(folder.resolve(".brouillon.txt").toString(), "hidden",
                        ".brouillon.txt"),
                org.assertj.core.groups.Tuple.tuple(folder.resolve(".DS_Store").toString(), "hidden", ".DS_Store"),
                org.assertj.core.groups.Tuple.tuple(folder.resolve(".git").toString(), "hidden", ".git"));
    }

    @Test
    void aFolderGivenThroughALinkIsImported() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("lien-terrain"), folder);

        ImportReport report = new ImportService(store).importPaths(List.of(link), ImportOptions.defaults(),
                ProgressListener.NONE, Cancellation.none());

        assertThat(report.imported()).extracting(ImportReport.Imported::path)
                .containsExactly(link.resolve("entretien.txt").toString());
    }

    @Test
    void aTranscriptUsingAnExternalEntityFailsWithItsName() throws IOException {
        Files.writeString(folder.resolve("piege.trs"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Trans SYSTEM "trans-14.dtd" [
                <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                <Trans><Speakers><Speaker id="s" name="A"/></Speakers><Episode><Section>
                <Turn speaker="s" startTime="0"><Event desc="&xxe;"/>bonjour &xxe;</Turn>
                </Section></Episode></Trans>
                """, StandardCharsets.UTF_8);

        ImportReport report = importFolder();

        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.error()).isEqualTo("xml_entity");
            assertThat(f.args()).containsExactly("piege.trs", "xxe");
        });
        assertThat(report.imported()).extracting(ImportReport.Imported::source).containsExactly("entretien.txt");
    }

    private ImportReport importFolder() {
        return new ImportService(store).importPaths(List.of(folder), ImportOptions.defaults(), ProgressListener.NONE,
                Cancellation.none());
    }
}
