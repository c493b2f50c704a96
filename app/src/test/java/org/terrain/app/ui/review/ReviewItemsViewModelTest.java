package org.terrain.app.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxSession.onFx;
import static org.terrain.app.ui.FxSession.runFx;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.FxSession;
import org.terrain.app.ui.common.OperationText;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.ReviewPackageStore;

/**
 * The project's side of a review in the app: Envoyer en relecture… writes a package, Verser une relecture…
 * merges it back as items (no coding changes), the « Relecture » tab accepts a recode with a reply (the coding
 * moves, one undoable action naming the reviewer).
 */
class ReviewItemsViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private ReviewItemsViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Thèse", "test");
        FxSession.importInterview(store, temp, "martine.txt", "ENQ : Et vos enfants ?\nMARTINE : Ils ne veulent pas de l’usine.\n");
        store.codes().add(CodePath.of("Travail"), null, null);
        store.codes().add(CodePath.of("Famille"), null, null);
        String text = store.sources().get("martine.txt").text();
        int at = text.codePointCount(0, text.indexOf("Ils ne veulent pas"));
        store.segments().code("martine.txt", CodePath.of("Travail"), List.of(new Span(at, at + 18)), null);
        fx = FxSession.on(store);
        viewModel = onFx(() -> new ReviewItemsViewModel(fx.session));
        runFx(() -> viewModel.activeProperty().set(true));
        fx.waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void aPackageSentReviewedAndMergedIsResolvedFromTheTab() throws Exception {
        Path out = temp.resolve("envoi/relecture.terrain-review");
        runFx(() -> viewModel.send(out, null));
        fx.waitIdle();
        try (ReviewPackageStore pack = ReviewPackageStore.open(out)) {
            assertThat(pack.excerpts()).hasSize(1);
            pack.mark(pack.excerpts().getFirst().id(), new ReviewExcerpt.Review(ReviewVerdict.RECODE, "Famille",
                    "Plutôt la famille.", Identity.named("Anne Dupont"), "2026-12-07T10:00:00Z"));
        }
        runFx(() -> viewModel.merge(out));
        fx.waitIdle();
        fx.waitIdle();
        assertThat(store.segments().list(CodePath.of("Travail"), null)).as("merging changes no coding").hasSize(1);
        org.terrain.app.ui.segments.SegmentsViewModel segments =
                onFx(() -> new org.terrain.app.ui.segments.SegmentsViewModel(fx.session));
        runFx(() -> segments.show(List.of(CodePath.of("Travail"))));
        fx.waitIdle();
        assertThat(onFx(() -> segments.rows().getFirst().reviews())).as("the segments list marks it").isEqualTo(1);
        org.terrain.app.ui.document.DocumentViewModel document =
                onFx(() -> new org.terrain.app.ui.document.DocumentViewModel(fx.session));
        runFx(() -> document.show("martine.txt"));
        fx.waitIdle();
        fx.waitIdle();
        assertThat(onFx(() -> document.layerProperty().get().codings().getFirst().reviews())).as("the document view marks it").isEqualTo(1);
        List<ReviewItemRow> items = onFx(() -> List.copyOf(viewModel.items()));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.verdict()).isEqualTo("recode");
            assertThat(item.reviewer()).isEqualTo("Anne Dupont");
            assertThat(item.comment()).isEqualTo("Plutôt la famille.");
        });

        runFx(() -> viewModel.selectedProperty().set(viewModel.items().getFirst()));
        runFx(() -> viewModel.replyProperty().set("D’accord."));
        runFx(viewModel::accept);
        fx.waitIdle();
        fx.waitIdle();
        assertThat(store.segments().list(CodePath.of("Travail"), null)).isEmpty();
        assertThat(store.segments().list(CodePath.of("Famille"), null)).hasSize(1);
        assertThat(onFx(() -> List.copyOf(viewModel.items()))).as("no open item left").isEmpty();
        assertThat(store.reviews().list(null).getFirst().reply()).isEqualTo("D’accord.");
        assertThat(OperationText.describe(store.undoCandidate().orElseThrow())).contains("après relecture par Anne Dupont");
    }

    @Test
    void aPackageOfOneCodeHoldsOnlyItsExcerpts() throws Exception {
        String text = store.sources().get("martine.txt").text();
        int at = text.codePointCount(0, text.indexOf("l’usine"));
        store.segments().code("martine.txt", CodePath.of("Famille"), List.of(new Span(at, at + 7)), null);
        Path out = temp.resolve("envoi/famille.terrain-review");
        runFx(() -> viewModel.send(out, CodePath.of("Famille").toString()));
        fx.waitIdle();
        try (ReviewPackageStore pack = ReviewPackageStore.open(out)) {
            assertThat(pack.excerpts()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("Famille"));
        }
    }
}
