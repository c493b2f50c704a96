package org.terrain.app.ui.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.language.LanguageFixture.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.NotEnoughMemoryException;
import org.terrain.corpus.task.Cancellation;

/** « Outils › Analyse linguistique… » on a small real project, through the session. */
class LanguageViewModelTest {
    @TempDir
    Path temp;

    private LanguageFixture project;
    private LanguageViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        project = new LanguageFixture(temp);
        viewModel = onFx(() -> new LanguageViewModel(project.session));
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void itCountsTheSourcesToAnalyseThenAnalysesThemAndSaysWhatItDid() throws Exception {
        assertThat(plan()).isEqualTo(new LanguageViewModel.Plan(2, 2));
        long revision = onFx(() -> project.session.revisionProperty().get());

        LanguageViewModel.Outcome outcome = run();

        assertThat(project.failures).isEmpty();
        assertThat(outcome.kind()).isEqualTo(LanguageViewModel.Outcome.Kind.DONE);
        assertThat(outcome.summary().sources()).isEqualTo(2);
        assertThat(outcome.entities()).isEqualTo(project.store.annotations().entities(null, null).size())
                .isPositive();
        assertThat(outcome.text()).matches("Analyse linguistique terminée : 2 sources, \\d+ mots en \\d+(,\\d)? s ; "
                + "\\d+ entités nommées dans le projet\\.");
        assertThat(onFx(() -> project.status.messageProperty().get())).isEqualTo(outcome.text());
        // The panes (entities, search and its lemmas) read the project again.
        assertThat(onFx(() -> project.session.revisionProperty().get())).isGreaterThan(revision);
        assertThat(project.store.annotations().current()).hasSize(2);
        assertThat(onFx(() -> viewModel.task().isRunning())).isFalse();
    }

    @Test
    void afterTheAnalysisTheSearchPaneFindsEveryFormOfALemma() throws Exception {
        org.terrain.app.ui.search.SearchViewModel search = onFx(() ->
                new org.terrain.app.ui.search.SearchViewModel(project.session));
        onFx(() -> {
            search.queryProperty().set("lemma:naître OR lemma:travailler");
            search.search();
            return null;
        });
        project.waitIdle();
        assertThat(onFx(() -> search.errorProperty().get())).as("before the analysis: say what to do")
                .contains("Analyse linguistique");

        run();
        onFx(() -> {
            search.search();
            return null;
        });
        project.waitIdle();
        assertThat(onFx(() -> search.errorProperty().get())).isNullOrEmpty();
        assertThat(onFx(() -> search.lines().stream().map(org.terrain.app.ui.search.SearchLine::match).toList()))
                .containsExactlyInAnyOrder("née", "travaillait");
        onFx(() -> {
            search.close();
            return null;
        });
    }

    @Test
    void aSecondRunHasNothingToDoAndAfterAnImportOnlyTheNewSourceIsAnalysed() throws Exception {
        run();

        assertThat(plan()).isEqualTo(new LanguageViewModel.Plan(0, 2));
        LanguageViewModel.Outcome again = run();
        assertThat(again.summary().sources()).isZero();
        assertThat(again.text()).isEqualTo("Analyse linguistique : toutes les sources étaient déjà analysées.");

        project.importInterview("entretien-paul.txt", "[00:00:01] PAUL : J’ai commencé à Pierre-Bénite.\n", "Paul");
        assertThat(plan()).isEqualTo(new LanguageViewModel.Plan(1, 3));
        assertThat(run().summary().sources()).isEqualTo(1);
    }

    @Test
    void tooLittleMemoryIsToldWithHowMuchToGiveAndAnalysesNothing() throws Exception {
        LanguageViewModel starved = onFx(() -> new LanguageViewModel(project.session, () -> {
            throw new NotEnoughMemoryException(900L << 20, 512L << 20);
        }));

        onFx(() -> {
            starved.start();
            return null;
        });
        project.waitIdle();

        LanguageViewModel.Outcome outcome = onFx(() -> starved.outcomeProperty().get());
        assertThat(outcome.kind()).isEqualTo(LanguageViewModel.Outcome.Kind.NOT_ENOUGH_MEMORY);
        assertThat(outcome.text()).isEqualTo("L’analyse linguistique demande 900 Mo de mémoire et Java n’en a que 512 :"
                + " relancez avec TERRAIN_JAVA_OPTS=-Xmx1g (ou davantage).");
        assertThat(project.failures).isEmpty();
        assertThat(onFx(() -> starved.task().isRunning())).isFalse();
        assertThat(project.store.annotations().current()).isEmpty();
    }

    @Test
    void stoppingAfterTheFirstSourceKeepsItAndLeavesTheOtherForNextTime() throws Exception {
        Cancellation stop = new Cancellation();
        List<String> steps = new ArrayList<>();

        LanguageViewModel.Outcome outcome = viewModel.analyse(project.store, (done, total, step) -> {
            steps.add(done + "/" + total + " " + step);
            if (done == 1) {
                stop.cancel();
            }
        }, stop);

        assertThat(outcome.kind()).isEqualTo(LanguageViewModel.Outcome.Kind.CANCELLED);
        assertThat(outcome.text()).isEqualTo(
                "Analyse linguistique arrêtée : une source analysée, une restante (relancez-la pour finir).");
        assertThat(project.store.annotations().current()).hasSize(1);
        // The models load with no known progress, then each source is named in French.
        assertThat(steps.getFirst()).isEqualTo("-1/2 chargement des modèles du français");
        assertThat(steps.get(1)).matches("1/2 1 sur 2 : entretien-(martine|karim)\\.txt");
    }

    private LanguageViewModel.Plan plan() throws Exception {
        onFx(() -> {
            viewModel.prepare();
            return null;
        });
        project.waitIdle();
        return onFx(() -> viewModel.planProperty().get());
    }

    private LanguageViewModel.Outcome run() throws Exception {
        onFx(() -> {
            viewModel.start();
            return null;
        });
        project.waitIdle();
        return onFx(() -> viewModel.outcomeProperty().get());
    }
}
