package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.ReviewPackageException;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;

/** The review package file: verdicts kept across a close, one file, no old words left in it, others refused. */
class ReviewPackageStoreTest {
    @TempDir
    Path dir;

    private static ReviewExcerpt.Review review(ReviewVerdict verdict, String code, String comment) {
        return new ReviewExcerpt.Review(verdict, code, comment, new Identity("id-anne", "Anne Dupont"),
                "2026-12-07T10:00:00Z");
    }

    @Test
    void verdictsAndCodeCommentsAreKeptWhenThePackageIsClosedAndOpenedAgain() throws Exception {
        Path file = dir.resolve("r.terrain-review");
        ReviewPackages.synthetic(file, 10).close();
        try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
            pack.mark(1, review(ReviewVerdict.APPROVE, null, null));
            pack.mark(2, review(ReviewVerdict.CONTEST, null, "Hors sujet."));
            pack.mark(3, review(ReviewVerdict.RECODE, "Pratiques/Code 0", "Plutôt le code 0."));
            pack.commentCode("Pratiques/Code 1", review(ReviewVerdict.COMMENT, null, "Définition floue."));
        }
        try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
            assertThat(pack.excerpt(1).review().verdict()).isEqualTo(ReviewVerdict.APPROVE);
            assertThat(pack.excerpt(2).review().comment()).isEqualTo("Hors sujet.");
            assertThat(pack.excerpt(3).review().proposedCode()).isEqualTo("Pratiques/Code 0");
            assertThat(pack.excerpt(3).review().reviewer()).isEqualTo(new Identity("id-anne", "Anne Dupont"));
            assertThat(pack.excerpt(4).review()).isNull();
            assertThat(pack.codes()).filteredOn(c -> c.path().equals("Pratiques/Code 1")).singleElement()
                    .satisfies(c -> assertThat(c.comment().comment()).isEqualTo("Définition floue."));
            assertThat(pack.info().projectId()).isEqualTo("project-1");
            assertThat(pack.excerpt(5).attributes()).containsEntry("métier", "ouvrière");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("r.terrain-review");
        }
    }

    /**
     * The reviewer may mail the file while the app still has it open, or after the app was killed: the package
     * file alone, without its {@code -wal}, holds every verdict already saved.
     */
    @Test
    void theFileAloneHoldsEverySavedVerdictWhileThePackageIsStillOpen() throws Exception {
        Path file = dir.resolve("r.terrain-review");
        ReviewPackages.synthetic(file, 10).close();
        Path mailed = dir.resolve("mailed").resolve("r.terrain-review");
        Files.createDirectories(mailed.getParent());
        try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
            pack.mark(2, review(ReviewVerdict.CONTEST, null, "Hors sujet."));
            pack.commentCode("Pratiques/Code 1", review(ReviewVerdict.COMMENT, null, "Définition floue."));
            Files.copy(file, mailed); // the main file only, as an e-mail attachment takes it
        }
        try (ReviewPackageStore pack = ReviewPackageStore.open(mailed)) {
            assertThat(pack.excerpt(2).review()).isNotNull();
            assertThat(pack.excerpt(2).review().comment()).isEqualTo("Hors sujet.");
            assertThat(pack.codes()).filteredOn(c -> c.path().equals("Pratiques/Code 1")).singleElement()
                    .satisfies(c -> assertThat(c.comment().comment()).isEqualTo("Définition floue."));
        }
    }

    @Test
    void aReplacedCommentLeavesNoTraceInTheFile() throws Exception {
        Path file = dir.resolve("r.terrain-review");
        ReviewPackages.synthetic(file, 50).close();
        try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
            // Long enough to fill overflow pages, which the shorter comment frees: free pages keep their bytes
            // unless secure_delete overwrites them.
            pack.mark(7, review(ReviewVerdict.CONTEST, null, "COMMENTAIRE-REGRETTE ".repeat(600)));
            pack.mark(7, review(ReviewVerdict.APPROVE, null, "Finalement oui."));
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes.contains("COMMENTAIRE-REGRETTE")).as("the replaced comment is still in the file").isFalse();
        assertThat(bytes.contains("Finalement oui.")).isTrue();
    }

    @Test
    void aRecodeMustProposeAnotherCodeOfTheCodebook() {
        Path file = dir.resolve("r.terrain-review");
        try (ReviewPackageStore pack = ReviewPackages.synthetic(file, 5)) {
            String own = pack.excerpt(1).code();
            assertThatThrownBy(() -> pack.mark(1, review(ReviewVerdict.RECODE, own, null)))
                    .isInstanceOf(ReviewPackageException.class);
            assertThatThrownBy(() -> pack.mark(1, review(ReviewVerdict.RECODE, "Absent", null)))
                    .isInstanceOf(ReviewPackageException.class);
            assertThatThrownBy(() -> pack.mark(99, review(ReviewVerdict.APPROVE, null, null)))
                    .isInstanceOf(ReviewPackageException.class).hasMessageContaining("99");
            assertThat(pack.excerpt(1).review()).isNull();
        }
    }

    @Test
    void aFileThatIsNoPackageIsRefusedNamingIt() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.terrain-review"), "bonjour");
        assertThatThrownBy(() -> ReviewPackageStore.open(text)).isInstanceOf(ReviewPackageException.class)
                .hasMessageContaining("notes.terrain-review");
        Path project = dir.resolve("p");
        ProjectStore.create(project, "p", "test").close();
        assertThatThrownBy(() -> ReviewPackageStore.open(project.resolve("terrain.sqlite")))
                .isInstanceOf(ReviewPackageException.class);
        assertThatThrownBy(() -> ReviewPackageStore.open(dir.resolve("absent.terrain-review")))
                .isInstanceOf(ReviewPackageException.class);
        assertThat(dir.resolve("absent.terrain-review")).doesNotExist();
    }

    @Test
    void aTruncatedPackageIsRefusedNotReadAsEmpty() throws Exception {
        Path file = dir.resolve("r.terrain-review");
        ReviewPackages.synthetic(file, 500).close();
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 3));
        assertThatThrownBy(() -> {
            try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
                pack.excerpts();
            }
        }).isInstanceOf(RuntimeException.class);
    }
}
