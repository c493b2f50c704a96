package org.terrain.app.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.CodeCriteria;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewCode;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewPackageInfo;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ReviewPackageStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review mode in JavaFX's headless platform, driven by the keys a supervisor presses: open a package, approve,
 * contest, propose another code with a comment, close the window; open the package again: every verdict and
 * the comment are there, and the progress says so.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    private static final long TIMEOUT = 30;

    @TempDir
    static Path temp;
    static Path file;

    private Stage stage;
    private ReviewViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        if (file == null) {
            file = temp.resolve("relecture.terrain-review");
            write(file);
        }
        viewModel = ReviewWindow.show(stage, file, "id-anne", "Anne Dupont");
    }

    static void write(Path file) {
        List<ReviewCode> codes = List.of(
                new ReviewCode("Famille", "g1", "#aa3333", "La famille du témoin.", new CodeCriteria(null, null, null), null),
                new ReviewCode("Transmission", "g2", "#3333aa", "Ce qui se transmet d’une génération à l’autre.",
                        new CodeCriteria("un savoir-faire appris", "un simple souvenir", "« mon père m’a appris »"), null));
        List<ReviewExcerpt> excerpts = new ArrayList<>();
        String[] texts = {"mon père m’a appris le métier", "ma mère cousait", "mes enfants ne veulent pas", "l’usine"};
        for (int i = 0; i < texts.length; i++) {
            String context = "MARTINE : Alors voilà, " + texts[i] + ", et puis voilà.";
            excerpts.add(new ReviewExcerpt(i + 1, "martine.trs", SourceKind.INTERVIEW, "Martine", Map.of("âge", "61"),
                    "s1", "0".repeat(64), "seg" + i, new Span(100 * i, 100 * i + texts[i].length()), "Transmission",
                    texts[i], context, context.indexOf(texts[i]), "Marie", "2026-11-30T10:00:00Z", null));
        }
        ReviewPackageStore.create(file, new ReviewPackageInfo("pk", "pr", "Thèse", "2026-12-01T00:00:00Z", "Anne",
                ReviewPackageStore.FORMAT_VERSION), codes, excerpts).close();
    }

    @Test
    void approveContestAndRecodeWithACommentAreKeptWhenThePackageIsOpenedAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.shown().size() == 4));
        Label progress = robot.lookup("#review-progress").queryAs(Label.class);
        assertThat(onFx(progress::getText)).isEqualTo("0 / 4");
        assertThat(onFx(() -> viewModel.currentProperty().get().id())).isEqualTo(1);
        runFx(() -> robot.lookup("#review-excerpts").queryAs(ListView.class).requestFocus());

        robot.type(KeyCode.A);            // excerpt 1 approved, on to 2
        robot.type(KeyCode.C);            // excerpt 2 contested, on to 3
        assertThat(onFx(() -> viewModel.currentProperty().get().id())).isEqualTo(3);
        robot.clickOn("#review-comment").write("Plutôt la famille.");
        robot.type(KeyCode.ESCAPE);       // back to the list, comment kept for the verdict
        runFx(() -> viewModel.proposedCodeProperty().set("Famille"));
        runFx(() -> robot.lookup("#review-excerpts").queryAs(ListView.class).requestFocus());
        robot.type(KeyCode.R);            // excerpt 3: another code proposed, with the comment
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(progress::getText)).isEqualTo("3 / 4");

        robot.clickOn("#review-to-review");
        assertThat(onFx(() -> viewModel.shown().size())).isEqualTo(1);
        assertThat(onFx(() -> viewModel.shown().getFirst().id())).isEqualTo(4);

        runFx(stage::close);              // closing waits for the saves and closes the package
        try (ReviewPackageStore reopened = ReviewPackageStore.open(file)) {
            assertThat(reopened.excerpt(1).review().verdict()).isEqualTo(ReviewVerdict.APPROVE);
            assertThat(reopened.excerpt(2).review().verdict()).isEqualTo(ReviewVerdict.CONTEST);
            ReviewExcerpt.Review recode = reopened.excerpt(3).review();
            assertThat(recode.verdict()).isEqualTo(ReviewVerdict.RECODE);
            assertThat(recode.proposedCode()).isEqualTo("Famille");
            assertThat(recode.comment()).isEqualTo("Plutôt la famille.");
            assertThat(recode.reviewer()).isEqualTo(new Identity("id-anne", "Anne Dupont"));
            assertThat(reopened.excerpt(4).review()).isNull();
        }
        // Opened again in review mode: the same state, progress included.
        runFx(() -> viewModel = ReviewWindow.show(new Stage(), file, null, "Anne Dupont"));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.shown().size() == 4));
        assertThat(onFx(() -> viewModel.progressProperty().get())).isEqualTo("3 / 4");
        runFx(() -> viewModel.currentProperty().set(viewModel.shown().get(2)));
        assertThat(onFx(() -> viewModel.commentProperty().get())).isEqualTo("Plutôt la famille.");
        runFx(viewModel::close);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static void runFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(TIMEOUT, TimeUnit.SECONDS);
    }
}
