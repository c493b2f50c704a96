package org.terrain.app.ui.sets;

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
import org.terrain.corpus.store.ProjectStore;

/** « Ensembles » : sets made, filled and emptied through the store, each change undoable. */
class SetsViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private SetsViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, "martine.txt", "ENQ : Et la paie ?\nMARTINE : Correcte.\n");
        FxSession.importInterview(store, temp, "paul.txt", "ENQ : Bonjour.\nPAUL : Bonjour.\n");
        store.codes().add(CodePath.of("Pratiques"), null, null);
        fx = FxSession.on(store);
        viewModel = onFx(() -> new SetsViewModel(fx.session));
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void nothingIsReadWhileTheTabIsHiddenThenASetIsMadeAndFilled() throws Exception {
        store.sets().create("Déjà là", null);
        fx.waitIdle();
        assertThat(onFx(() -> List.copyOf(viewModel.sets()))).as("hidden: not read").isEmpty();

        runFx(() -> viewModel.activeProperty().set(true));
        fx.waitIdle();
        assertThat(onFx(() -> names())).containsExactly("Déjà là");

        runFx(() -> viewModel.create("Femmes", null));
        fx.waitIdle();
        runFx(() -> viewModel.selectedProperty().set(find("Femmes")));
        runFx(() -> viewModel.currentSourceProperty().set("martine.txt"));
        runFx(() -> viewModel.currentCodeProperty().set(CodePath.of("Pratiques")));
        runFx(viewModel::addCurrentSource);
        fx.waitIdle();
        runFx(viewModel::addCurrentCode);
        fx.waitIdle();

        SetRow femmes = onFx(() -> viewModel.selectedProperty().get());
        assertThat(femmes.name()).as("the selection follows the re-read").isEqualTo("Femmes");
        assertThat(femmes.sources()).containsExactly("martine.txt");
        assertThat(femmes.codes()).containsExactly(CodePath.of("Pratiques"));
        assertThat(store.sets().find("Femmes").orElseThrow().sources()).containsExactly("martine.txt");
        assertThat(OperationText.describe(store.undoCandidate().orElseThrow()))
                .isEqualTo("ajout à l’ensemble « Femmes »");
    }

    @Test
    void takingAMemberOutAndDeletingAreUndoable() throws Exception {
        store.sets().create("Usine A", null);
        store.sets().addSources("Usine A", List.of("martine.txt", "paul.txt"));
        runFx(() -> viewModel.activeProperty().set(true));
        fx.waitIdle();
        runFx(() -> viewModel.selectedProperty().set(find("Usine A")));

        runFx(() -> viewModel.removeSource("paul.txt"));
        fx.waitIdle();
        assertThat(onFx(() -> find("Usine A").sources())).containsExactly("martine.txt");

        runFx(() -> viewModel.delete(find("Usine A")));
        fx.waitIdle();
        assertThat(onFx(this::names)).isEmpty();
        assertThat(store.sources().names()).as("the sources stay").contains("martine.txt", "paul.txt");

        runFx(() -> fx.session.change("undo", s -> s.undo(), done -> "annulé"));
        fx.waitIdle();
        assertThat(onFx(() -> find("Usine A").sources())).containsExactly("martine.txt");
    }

    @Test
    void aTakenNameIsRefusedWithAMessageAndChangesNothing() throws Exception {
        store.sets().create("Femmes", null);
        runFx(() -> viewModel.activeProperty().set(true));
        runFx(() -> viewModel.create("Femmes", null));
        fx.waitIdle();
        assertThat(fx.failures).singleElement().extracting(org.terrain.app.ui.common.ErrorText::of)
                .asString().contains("Femmes");
        assertThat(store.sets().list()).hasSize(1);
    }

    private List<String> names() {
        return viewModel.sets().stream().map(SetRow::name).toList();
    }

    private SetRow find(String name) {
        return viewModel.sets().stream().filter(set -> set.name().equals(name)).findFirst().orElseThrow();
    }
}
