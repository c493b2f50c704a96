package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.OfficeFixtures;

/** Office formats, and the bad files of a fieldworker's folder: each gets one clear reason, the rest imports. */
class DocumentImportTest {
    @TempDir
    Path dir;
    ProjectStore store;
    Path in;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        in = Files.createDirectories(dir.resolve("in"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(in.resolve(name), bytes);
    }

    private ImportReport importFolder(long maxBytes) {
        return new ImportService(store, ImportService.defaultImporters(), maxBytes)
                .importPaths(List.of(in), ImportOptions.defaults(), ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void officeDocumentsGiveTheirTextAndMetadata() throws Exception {
        write("lettre.docx", OfficeFixtures.docx("Entretien préalable", "Service RH",
                "Madame, nous vous prions de vous présenter à l’usine.", "Veuillez agréer…"));
        write("note.odt", OfficeFixtures.odt("Observation : l’atelier de chaudronnerie.", "Bruit, odeur d’huile."));
        write("rapport.pdf", OfficeFixtures.pdf(null, "Rapport sur la Vallee de la chimie", "Page de texte."));
        write("page.rtf", "{\\rtf1\\ansi Bonjour \\'e0 l'usine.\\par Deuxi\\'e8me ligne.}".getBytes(StandardCharsets.US_ASCII));
        ImportReport report = importFolder(ImportService.DEFAULT_MAX_BYTES);
        assertThat(report.failed()).isEmpty();
        assertThat(report.imported()).hasSize(4);

        Source letter = store.sources().get("lettre.docx");
        assertThat(letter.text()).isEqualTo("Madame, nous vous prions de vous présenter à l’usine.\nVeuillez agréer…");
        assertThat(letter.attributes()).containsEntry("title", "Entretien préalable").containsEntry("author", "Service RH")
                .containsKey("created");
        assertThat(store.sources().get("note.odt").text()).contains("l’atelier de chaudronnerie").contains("huile");
        assertThat(store.sources().get("rapport.pdf").text()).contains("Vallee de la chimie");
        assertThat(store.sources().get("page.rtf").text()).contains("Bonjour à l'usine").contains("Deuxième ligne");
        assertThat(letter.text()).doesNotContain("\r");
    }

    @Test
    void eachBadFileGetsOneClearReasonAndTheGoodOnesAreImported() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE-SECRET");
        write("bon.txt", "Une note d’observation valable.".getBytes(StandardCharsets.UTF_8));
        write("bon.docx", OfficeFixtures.docx("t", "a", "Un entretien valable."));
        write("vide.txt", new byte[0]);
        write("vide.docx", new byte[0]);
        byte[] random = new byte[1500];
        new java.util.Random(7).nextBytes(random);
        write("aleatoire.txt", random);
        byte[] docx = OfficeFixtures.docx("t", "a", "Un texte assez long pour être tronqué. ".repeat(50));
        write("tronque.docx", java.util.Arrays.copyOf(docx, docx.length / 2));
        write("menteur.pdf", "Ceci est du texte, pas un PDF.".getBytes(StandardCharsets.UTF_8));
        write("protege.pdf", OfficeFixtures.pdf("secret", "Texte confidentiel"));
        write("scanne.pdf", OfficeFixtures.pdf(null));
        write("bombe.docx", OfficeFixtures.zipBomb(64));
        write("enorme.txt", "x".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        write("entite.docx", OfficeFixtures.docxWithExternalEntity(secret.toUri().toString()));
        write("dtd.docx", OfficeFixtures.docxWithDoctype());
        write("entite.odt", OfficeFixtures.odtWithExternalEntity(secret.toUri().toString()));

        ImportReport report = importFolder(100_000);

        assertThat(report.imported()).extracting(ImportReport.Imported::source)
                .contains("bon.txt", "bon.docx").doesNotContain("vide.txt", "aleatoire.txt", "tronque.docx");
        Map<String, String> reasons = new java.util.TreeMap<>();
        report.failed().forEach(f -> reasons.put(Path.of(f.path()).getFileName().toString(), f.error()));
        assertThat(reasons).containsEntry("vide.txt", "empty_file")
                .containsEntry("vide.docx", "empty_file")
                .containsEntry("aleatoire.txt", "not_text")
                .containsEntry("tronque.docx", "corrupt_file")
                .containsEntry("menteur.pdf", "extension_mismatch")
                .containsEntry("protege.pdf", "password_protected")
                .containsEntry("scanne.pdf", "scanned_no_text")
                .containsEntry("bombe.docx", "zip_bomb")
                .containsEntry("enorme.txt", "file_too_large")
                .containsEntry("entite.docx", "xml_entity")
                .containsEntry("dtd.docx", "xml_dtd")
                .containsEntry("entite.odt", "xml_entity");
        assertThat(report.failed()).filteredOn(f -> f.path().endsWith("entite.docx")).singleElement()
                .satisfies(f -> assertThat(f.args()).contains("xxe"));
        // The external entity is never resolved: the file is refused or imported without the secret.
        for (String name : store.sources().names()) {
            assertThat(store.sources().get(name).text()).doesNotContain("MOT-DE-PASSE-SECRET");
        }
        assertThat(store.checkIntegrity(true).ok()).isTrue();
    }

    @Test
    void theKindComesFromTheFolderWhenNotGiven() throws Exception {
        Files.createDirectories(in.resolve("Entretiens"));
        Files.createDirectories(in.resolve("notes de terrain"));
        Files.createDirectories(in.resolve("Presse"));
        Files.writeString(in.resolve("Entretiens/e.txt"), "Une réponse sans étiquette.");
        Files.writeString(in.resolve("notes de terrain/n.txt"), "Une note.");
        Files.writeString(in.resolve("Presse/a.txt"), "Un article.");
        Files.writeString(in.resolve("autre.txt"), "Autre chose.");
        importFolder(ImportService.DEFAULT_MAX_BYTES);
        assertThat(store.sources().get("e.txt").kind().id()).isEqualTo("interview");
        assertThat(store.sources().get("n.txt").kind().id()).isEqualTo("observation");
        assertThat(store.sources().get("a.txt").kind().id()).isEqualTo("discourse");
        assertThat(store.sources().get("autre.txt").kind().id()).isEqualTo("other");
    }
}
