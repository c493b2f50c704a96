package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.TranscriptTwins;
import org.terrain.corpus.text.CanonicalText;

/**
 * A Transcriber file and its plain-text twin hold one interview: imported together or one after the other, they
 * make one source, or every count of the project doubles. The {@code .trs} is the one kept when both come in one
 * import, whatever their order: it carries times and speakers as structure.
 */
class SameTextImportTest {
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

    private ImportReport importPaths(Path... paths) {
        return new ImportService(store).importPaths(List.of(paths), ImportOptions.defaults(), ProgressListener.NONE,
                Cancellation.none());
    }

    @Test
    void theFixtureTwinsHaveOtherBytesButOneCanonicalText() throws Exception {
        Path trs = TranscriptTwins.writeTrs(dir.resolve("in"));
        Path txt = TranscriptTwins.writeTxt(dir.resolve("in"), "martine.txt");
        assertThat(Files.readAllBytes(trs)).isNotEqualTo(Files.readAllBytes(txt));
        ImportOptions options = ImportOptions.defaults();
        assertThat(new TranscriberImporter().read(trs, Files.readAllBytes(trs), options).text())
                .isEqualTo(new PlainTextImporter().read(txt, Files.readAllBytes(txt), options).text())
                .isEqualTo(CanonicalText.of(TranscriptTwins.TEXT));
    }

    @Test
    void twinsInOneFolderBecomeOneSourceAndTheTranscriberFileIsKeptEvenWhenTheTextComesFirst() {
        Path folder = dir.resolve("entretiens");
        TranscriptTwins.writeTrs(folder);
        TranscriptTwins.writeTxt(folder, "a-martine-transcription.txt"); // walked before martine.trs

        ImportReport report = importPaths(folder);

        assertThat(report.failed()).isEmpty();
        assertThat(report.imported()).extracting(ImportReport.Imported::source).containsExactly("martine.trs");
        assertThat(report.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).endsWith("a-martine-transcription.txt");
            assertThat(skipped.reason()).isEqualTo("same_text");
            assertThat(skipped.detail()).isEqualTo("martine.trs");
            assertThat(Messages.french().format("skip_same_text", skipped.detail()))
                    .isEqualTo("même texte que « martine.trs »");
        });
        assertThat(store.sources().names()).containsExactly("martine.trs");
        assertThat(store.sources().get("martine.trs").turns()).hasSize(2);
    }

    @Test
    void twinsGivenTextFirstOnTheCommandLineKeepTheTranscriberFileToo() {
        Path txt = TranscriptTwins.writeTxt(dir.resolve("in"), "martine.txt");
        Path trs = TranscriptTwins.writeTrs(dir.resolve("in"));

        ImportReport report = importPaths(txt, trs);

        assertThat(report.imported()).extracting(ImportReport.Imported::source).containsExactly("martine.trs");
        assertThat(report.skipped()).extracting(ImportReport.Skipped::reason).containsExactly("same_text");
        assertThat(store.sources().names()).containsExactly("martine.trs");
    }

    @Test
    void aTwinOfASourceImportedBeforeIsSkippedNamingThatSource() {
        importPaths(TranscriptTwins.writeTxt(dir.resolve("in"), "martine.txt"));

        ImportReport later = importPaths(TranscriptTwins.writeTrs(dir.resolve("later")));

        assertThat(later.imported()).isEmpty();
        assertThat(later.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.reason()).isEqualTo("same_text");
            assertThat(skipped.detail()).isEqualTo("martine.txt");
        });
        assertThat(store.sources().names()).containsExactly("martine.txt");
    }

    @Test
    void theSameBytesAgainAreStillAlreadyImportedAndOtherTextsAreNotTwins() throws Exception {
        Path trs = TranscriptTwins.writeTrs(dir.resolve("in"));
        importPaths(trs);
        Path copy = Files.copy(trs, Files.createDirectories(dir.resolve("copie")).resolve("martine.trs"));
        Path other = Files.writeString(dir.resolve("copie").resolve("autre.txt"),
                TranscriptTwins.TEXT.replace("1972", "1973"));

        ImportReport again = importPaths(copy, other);

        assertThat(again.skipped()).extracting(ImportReport.Skipped::reason).containsExactly("already_imported");
        assertThat(again.imported()).extracting(ImportReport.Imported::source).containsExactly("autre.txt");
    }

    @Test
    void aCorrectedSourceStillHoldsItsTwinBack() {
        importPaths(TranscriptTwins.writeTrs(dir.resolve("in")));
        String text = store.sources().get("martine.trs").text();
        int at = text.codePointCount(0, text.indexOf("1972"));
        store.sources().edit("martine.trs", new org.terrain.corpus.model.Span(at, at + 4), "1971",
                source -> 10);

        ImportReport twin = importPaths(TranscriptTwins.writeTxt(dir.resolve("later"), "martine.txt"));

        assertThat(twin.skipped()).extracting(ImportReport.Skipped::reason).containsExactly("same_text");
        assertThat(store.sources().names()).containsExactly("martine.trs");
    }
}
