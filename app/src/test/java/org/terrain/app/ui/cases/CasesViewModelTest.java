package org.terrain.app.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxSession.onFx;
import static org.terrain.app.ui.FxSession.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.FxSession;
import org.terrain.corpus.store.ProjectStore;

/** « Cas et attributs » : every edit of the table goes through the store, and so through undo. */
class CasesViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private CasesViewModel viewModel;
    private int sourcesChanged;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, "martine.txt", "ENQ : Et la paie ?\nMARTINE : Correcte.\n");
        FxSession.importInterview(store, temp, "paul.txt", "ENQ : Bonjour.\nPAUL : Bonjour.\n");
        fx = FxSession.on(store);
        viewModel = onFx(() -> {
            CasesViewModel made = new CasesViewModel(fx.session);
            made.setOnSourcesChanged(() -> sourcesChanged++);
            made.open();
            return made;
        });
        fx.waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void aCaseAnAttributeACellAndASourceMakeTheTable() throws Exception {
        runFx(() -> viewModel.addCase("Martine"));
        runFx(() -> viewModel.addAttribute("âge", ColumnType.INTEGER));
        fx.waitIdle();
        runFx(() -> viewModel.setValue("Martine", "âge", "54"));
        runFx(() -> viewModel.assign("martine.txt", "Martine"));
        fx.waitIdle();

        assertThat(onFx(() -> List.copyOf(viewModel.columns()))).containsExactly(
                new CaseColumn("âge", ColumnType.INTEGER));
        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).containsExactly(
                new CaseRow("Martine", Map.of("âge", "54"), List.of("martine.txt")));
        assertThat(onFx(() -> List.copyOf(viewModel.sources()))).containsExactly(
                new SourceCase("martine.txt", "Martine"), new SourceCase("paul.txt", ""));
        assertThat(store.sources().get("martine.txt").attributes()).containsEntry("âge", "54");
        assertThat(sourcesChanged).isEqualTo(1);
    }

    @Test
    void aValueThatDoesNotFitIsRefusedInTheStatusBarAndTheDialogAndChangesNothing() throws Exception {
        runFx(() -> viewModel.addCase("Martine"));
        runFx(() -> viewModel.addAttribute("âge", ColumnType.INTEGER));
        fx.waitIdle();

        runFx(() -> viewModel.setValue("Martine", "âge", "cinquante"));
        fx.waitIdle();

        assertThat(fx.failures).singleElement().extracting(org.terrain.app.ui.common.ErrorText::of)
                .isEqualTo("« cinquante » ne convient pas à l’attribut « âge » (nombre entier).");
        assertThat(onFx(() -> viewModel.rows().getFirst().values())).isEmpty();
        assertThat(onFx(() -> viewModel.refusalProperty().get())).as("said in the dialog too")
                .isEqualTo("« cinquante » ne convient pas à l’attribut « âge » (nombre entier).");

        runFx(() -> viewModel.setValue("Martine", "âge", "54"));
        fx.waitIdle();
        assertThat(onFx(() -> viewModel.refusalProperty().get())).as("gone once a value fits").isEmpty();

        runFx(() -> viewModel.setValue("Martine", "âge", "cinquante"));
        fx.waitIdle();
        runFx(viewModel::close);
        runFx(viewModel::open);
        fx.waitIdle();
        assertThat(onFx(() -> viewModel.refusalProperty().get())).as("no news when the dialog opens again").isEmpty();
    }

    @Test
    void undoTakesBackTheLastEditAndTheTableFollows() throws Exception {
        runFx(() -> viewModel.addCase("Martine"));
        runFx(() -> viewModel.addAttribute("profession", ColumnType.TEXT));
        fx.waitIdle();
        runFx(() -> viewModel.setValue("Martine", "profession", "opératrice"));
        fx.waitIdle();

        runFx(() -> fx.session.change("undo", s -> s.undo(), done -> "annulé"));
        fx.waitIdle();

        assertThat(onFx(() -> viewModel.rows().getFirst().value("profession"))).isEmpty();
    }

    @Test
    void aCsvFromASpreadsheetSetsCasesAttributesAndSourcesInOneAction() throws Exception {
        Path csv = Files.writeString(temp.resolve("cas.csv"),
                "cas;âge;site;sources\nMartine;54;Saint-Fons;martine.txt\nPaul;61;Feyzin;paul.txt\n");
        int logged = store.log(100).size();

        runFx(() -> viewModel.importCsv(csv));
        fx.waitIdle();

        assertThat(onFx(() -> List.copyOf(viewModel.columns()))).containsExactly(
                new CaseColumn("âge", ColumnType.INTEGER), new CaseColumn("site", ColumnType.TEXT));
        assertThat(onFx(() -> viewModel.rows().stream().map(CaseRow::name).toList())).containsExactly("Martine", "Paul");
        assertThat(onFx(() -> List.copyOf(viewModel.sources()))).containsExactly(
                new SourceCase("martine.txt", "Martine"), new SourceCase("paul.txt", "Paul"));
        assertThat(store.log(100)).hasSize(logged + 1);
        assertThat(fx.statusText()).isEqualTo("Tableau des cas importé : 2 cas, 2 attributs.");
    }
}
