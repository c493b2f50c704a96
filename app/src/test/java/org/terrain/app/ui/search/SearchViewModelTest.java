package org.terrain.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.segments.SegmentRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The search pane's ViewModel on a real project (its index built on the first search), without a window. */
@ExtendWith(ApplicationExtension.class)
class SearchViewModelTest {
    static final String SOURCE = "entretien-martine.txt";
    static final String TEXT = """
            [00:00:02] ENQ : Et la sécurité, à l’usine ?
            [00:00:06] MARTINE : Mon père 👷 en parlait tout le temps. La sécurité, c’était sa hantise. Les consignes, les masques, tout.
            [00:00:15] ENQ : Et vous ?
            [00:00:18] MARTINE : Moi j’ai appris sur le tas. La sécurité, on l’apprenait avec les anciens.
            """;
    static final CodePath SECURITE = CodePath.of("Sécurité");

    @TempDir
    Path temp;

    private MainViewModel main;
    private SearchViewModel search;

    @BeforeEach
    void open() throws Exception {
        Path folder = project(temp);
        main = onFx(() -> new MainViewModel(new ProjectChoice(folder, false)));
        search = main.search();
        onFx(() -> {
            main.open();
            return null;
        });
        waitIdle();
    }

    /** A project with the interview above and one code, « Sécurité ». */
    static Path project(Path temp) throws Exception {
        Path folder = temp.resolve("projet");
        try (ProjectStore store = ProjectStore.create(folder, "Vallée de la chimie", "test")) {
            Path file = Files.writeString(temp.resolve(SOURCE), TEXT);
            new ImportService(store).importPaths(List.of(file), new ImportOptions(SourceKind.INTERVIEW, "Martine",
                    Map.of(), TurnMode.ON), ProgressListener.NONE, Cancellation.none());
            store.codes().add(SECURITE, "#E15759", null);
        }
        return folder;
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            main.close();
            return null;
        });
    }

    @Test
    void aQueryListsItsOccurrencesInContext() throws Exception {
        searchFor("sécurité");

        assertThat(onFx(() -> search.countProperty().get())).isEqualTo("3 occurrences dans une source");
        List<SearchLine> lines = onFx(() -> List.copyOf(search.lines()));
        assertThat(lines).extracting(SearchLine::match).containsOnly("sécurité");
        assertThat(lines).extracting(SearchLine::speaker).containsExactly("ENQ", "MARTINE", "MARTINE");
        assertThat(lines.get(1).left()).endsWith("La ");
        assertThat(lines.get(1).right()).startsWith(", c’était sa hantise");
        assertThat(onFx(() -> search.errorProperty().get())).isEmpty();
    }

    @Test
    void aWordTypedWithoutAccentsOrInCapitalsListsTheAccentedOccurrences() throws Exception {
        searchFor("SECURITE");

        assertThat(onFx(() -> search.countProperty().get())).isEqualTo("3 occurrences dans une source");
        assertThat(onFx(() -> List.copyOf(search.lines()))).extracting(SearchLine::match).containsOnly("sécurité");
        assertThat(onFx(() -> search.errorProperty().get())).isEmpty();
    }

    @Test
    void theSpeakerFilterKeepsHisOccurrencesOnly() throws Exception {
        onFx(() -> {
            search.speakerProperty().set("MARTINE");
            return null;
        });
        searchFor("sécurité");

        assertThat(onFx(() -> search.countProperty().get())).isEqualTo("2 occurrences dans une source");
        onFx(() -> {
            search.kindProperty().set(KindChoice.OBSERVATION);
            search.search();
            return null;
        });
        waitIdle();
        assertThat(onFx(() -> search.countProperty().get())).isEqualTo("Aucune occurrence");
        assertThat(onFx(() -> search.lines().size())).isZero();
    }

    @Test
    void aBadQueryIsExplainedInFrenchAndListsNothing() throws Exception {
        searchFor("\"sécurité");

        assertThat(onFx(() -> search.errorProperty().get())).startsWith("Requête incorrecte « \"sécurité » :");
        assertThat(onFx(() -> search.lines().size())).isZero();
        assertThat(onFx(() -> search.canCodeAllProperty().get())).isFalse();
        assertThat(onFx(() -> main.status().errorProperty().get())).isFalse();
    }

    @Test
    void codingAllOccurrencesIsPreviewedThenDoneAndUndoneAsOneAction() throws Exception {
        onFx(() -> {
            main.codes().select(List.of(SECURITE));
            return null;
        });
        searchFor("sécurité");
        assertThat(onFx(() -> search.canCodeAllProperty().get())).isTrue();

        onFx(() -> {
            search.includeInterviewerProperty().set(true);
            search.review(UnitChoice.SENTENCE);
            return null;
        });
        waitIdle();
        assertThat(onFx(() -> search.previewProperty().get()))
                .isEqualTo("3 segments seront créés dans une source (3 occurrences).");
        assertThat(onFx(() -> search.previewReadyProperty().get())).isTrue();

        onFx(() -> {
            search.codeAll();
            return null;
        });
        waitIdle();
        assertThat(onFx(() -> List.copyOf(main.segments().rows()))).extracting(SegmentRow::text).containsExactly(
                "Et la sécurité, à l’usine ?", "La sécurité, c’était sa hantise.",
                "La sécurité, on l’apprenait avec les anciens.");
        assertThat(onFx(() -> main.status().messageProperty().get()))
                .isEqualTo("3 segments codés avec « Sécurité » dans une source.");

        onFx(() -> {
            search.inSelectedCodeProperty().set(true);
            search.search();
            return null;
        });
        waitIdle();
        assertThat(onFx(() -> search.countProperty().get())).isEqualTo("3 occurrences dans une source");

        onFx(() -> {
            main.undo().undo();
            return null;
        });
        waitIdle();
        assertThat(onFx(() -> main.segments().rows().size())).isZero();
        // the search shown follows the change: no segment of the code holds the word any more
        assertThat(onFx(() -> search.countProperty().get())).isEqualTo("Aucune occurrence");
    }

    @Test
    void codingAllListsTheOccurrencesToReviewLeavingTheInterviewerOutByDefault() throws Exception {
        onFx(() -> {
            main.codes().select(List.of(SECURITE));
            return null;
        });
        searchFor("sécurité");

        onFx(() -> {
            search.review(UnitChoice.SENTENCE);
            return null;
        });
        waitIdle();

        assertThat(onFx(() -> search.includeInterviewerProperty().get())).isFalse();
        assertThat(onFx(() -> List.copyOf(search.reviewLines())))
                .extracting(line -> line.line().speaker() + " " + line.coded(), ReviewLine::isChosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MARTINE La sécurité, c’était sa hantise.", true),
                        org.assertj.core.groups.Tuple.tuple("MARTINE La sécurité, on l’apprenait avec les anciens.", true));
        assertThat(onFx(() -> search.previewProperty().get())).isEqualTo(
                "2 segments seront créés dans une source (2 occurrences). "
                        + "Une occurrence de l’enquêteur est laissée de côté.");

        onFx(() -> {
            search.includeInterviewerProperty().set(true);
            return null;
        });
        assertThat(onFx(() -> search.reviewLines().size())).isEqualTo(3);
        assertThat(onFx(() -> search.previewProperty().get()))
                .isEqualTo("3 segments seront créés dans une source (3 occurrences).");
    }

    @Test
    void anUntickedOccurrenceIsNotCodedAndTheOthersAreOneActionThatOneUndoTakesBack() throws Exception {
        onFx(() -> {
            main.codes().select(List.of(SECURITE));
            return null;
        });
        searchFor("sécurité");
        onFx(() -> {
            search.review(UnitChoice.OCCURRENCE);
            return null;
        });
        waitIdle();
        String undoBefore = onFx(() -> main.undo().undoTextProperty().get());

        onFx(() -> {
            search.reviewLines().getFirst().chosenProperty().set(false);
            return null;
        });
        assertThat(onFx(() -> search.previewProperty().get())).startsWith("Un segment sera créé dans une source");
        onFx(() -> {
            search.codeAll();
            return null;
        });
        waitIdle();

        assertThat(onFx(() -> List.copyOf(main.segments().rows())))
                .extracting(SegmentRow::text, SegmentRow::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sécurité",
                        onFx(() -> search.reviewLines().getLast().line().start())));
        assertThat(onFx(() -> main.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : codage automatique avec « Sécurité » des occurrences de « sécurité »");
        onFx(() -> {
            main.undo().undo();
            return null;
        });
        waitIdle();
        assertThat(onFx(() -> main.segments().rows().size())).isZero();
        assertThat(onFx(() -> main.undo().undoTextProperty().get())).isEqualTo(undoBefore);
    }

    @Test
    void nothingTickedCodesNothing() throws Exception {
        onFx(() -> {
            main.codes().select(List.of(SECURITE));
            return null;
        });
        searchFor("sécurité");
        onFx(() -> {
            search.review(UnitChoice.OCCURRENCE);
            return null;
        });
        waitIdle();

        onFx(() -> {
            search.reviewLines().forEach(line -> line.chosenProperty().set(false));
            return null;
        });

        assertThat(onFx(() -> search.previewProperty().get())).startsWith("Aucun segment ne sera créé");
        assertThat(onFx(() -> search.previewReadyProperty().get())).isFalse();
    }

    @Test
    void theCountSaysWhenOnlyTheFirstOccurrencesAreListed() {
        assertThat(SearchViewModel.countText(1500, 12, 1000))
                .isEqualTo("1\u00A0500 occurrences dans 12 sources (1\u00A0000 premières affichées)");
        assertThat(SearchViewModel.countText(1, 1, 1)).isEqualTo("Une occurrence dans une source");
        assertThat(SearchViewModel.countText(0, 0, 0)).isEqualTo("Aucune occurrence");
    }

    private void searchFor(String query) throws Exception {
        onFx(() -> {
            search.queryProperty().set(query);
            search.search();
            return null;
        });
        waitIdle();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> main.session().pendingProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> main.session().pendingProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
