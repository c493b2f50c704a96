package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewItem;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.review.ReviewPack;
import org.terrain.corpus.review.ReviewSelection;
import org.terrain.corpus.testing.Fixtures;

/** The review layer is user data like any other: a merge and a resolve are each undone exactly, row for row. */
class ReviewStoreTest {
    @TempDir
    Path temp;

    @Test
    void aMergeAndARecodeAcceptedAreEachUndoneToTheRow() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            Fixtures.importText(store, temp, "a.txt", "Une phrase sur l’usine. Une autre sur la famille.", SourceKind.OTHER);
            store.codes().add(CodePath.of("Travail"), null, null);
            store.codes().add(CodePath.of("Famille"), null, null);
            store.segments().code("a.txt", CodePath.of("Travail"), List.of(new Span(24, 49)), null);
            Path pkg = temp.resolve("r.terrain-review");
            ReviewPack.write(store, pkg, ReviewSelection.all(), null);
            var before = Snapshot.of(store);
            try (ReviewPackageStore pack = ReviewPackageStore.open(pkg)) {
                ReviewExcerpt excerpt = pack.excerpts().getFirst();
                assertThat(excerpt.context()).as("prose: the sentences around").isEqualTo(
                        "Une phrase sur l’usine. Une autre sur la famille.");
                pack.mark(excerpt.id(), new ReviewExcerpt.Review(ReviewVerdict.RECODE, "Famille", null,
                        Identity.named("Anne"), "2026-12-07T10:00:00Z"));
                store.reviews().merge(pkg.toString(), pack.info(), pack.excerpts(), pack.codes(), false);
            }
            var merged = Snapshot.of(store);
            ReviewItem item = store.reviews().list(ReviewItem.OPEN).getFirst();
            store.reviews().resolve(item.id(), true, "oui");
            assertThat(store.segments().list(CodePath.of("Famille"), null)).hasSize(1);

            store.undo();
            assertThat(Snapshot.of(store)).isEqualTo(merged);
            store.undo();
            assertThat(Snapshot.of(store)).isEqualTo(before);
        }
    }
}
