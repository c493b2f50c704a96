package org.terrain.app.ui.pseudonyms;

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
import org.terrain.app.ui.common.UndoViewModel;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.store.ProjectStore;

/**
 * The « Pseudonymisation » tab on a small real project: the names the suggestions find, accepted, edited,
 * ignored and removed through the store (each one undo), a shared replacement refused in one sentence, and the
 * contexts of a name.
 */
class PseudonymsViewModelTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:01] ENQ : Vous êtes arrivée comment à Saint-Fons ?
            [00:00:04] MARTINE : Par Karim, à la raffinerie. Martine, c’est moi ; Karim m’a fait entrer à Saint-Fons.
            [00:00:09] KARIM : Oui, c’est Martine qui le dit.
            """;
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private PseudonymsViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, SOURCE, TEXT);
        fx = FxSession.on(store);
        viewModel = onFx(() -> new PseudonymsViewModel(fx.session));
        runFx(() -> viewModel.activeProperty().set(true));
        fx.waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void theNamesToDecideComeWithTheirCountCategorySourcesAndProposal() throws Exception {
        CandidateRow martine = candidate("Martine");
        assertThat(martine.count()).isEqualTo(3); // the label MARTINE too
        assertThat(martine.category()).isEqualTo(NameCategory.PERSON);
        assertThat(martine.sources()).containsExactly(SOURCE);
        assertThat(martine.proposal()).isNotBlank().isNotEqualToIgnoringCase("Martine");
        assertThat(names()).contains("Martine", "Karim", "Saint-Fons");
        assertThat(onFx(() -> viewModel.summaryProperty().get())).endsWith("· table vide");
    }

    @Test
    void acceptingAddsTheEntryWithItsOccurrencesAndTheUndoBringsTheNameBack() throws Exception {
        CandidateRow martine = candidate("Martine");
        runFx(() -> viewModel.accept(martine, martine.proposal(), martine.category(), null));
        fx.waitIdle();

        assertThat(entries()).containsExactly(new EntryRow("Martine", martine.proposal(), NameCategory.PERSON,
                null, 3));
        assertThat(names()).doesNotContain("Martine").contains("Karim");
        assertThat(store.pseudonyms().table().entries()).containsExactly(new PseudonymEntry("Martine",
                martine.proposal(), org.terrain.corpus.pseudonym.PseudonymCategory.PERSON, null));

        // Ctrl+Z in the window: the app's undo, through the operation log
        UndoViewModel undo = onFx(() -> new UndoViewModel(fx.session));
        runFx(undo::refresh);
        fx.waitIdle();
        runFx(undo::undo);
        fx.waitIdle();

        assertThat(entries()).isEmpty();
        assertThat(names()).contains("Martine");
    }

    @Test
    void aReplacementTypedEditedThenTheEntryRemovedEachOneOperation() throws Exception {
        int before = store.log(1000).size();
        CandidateRow karimFound = candidate("Karim");
        runFx(() -> viewModel.accept(karimFound, "Samir", NameCategory.PERSON, null));
        fx.waitIdle();
        EntryRow karim = entries().getFirst();
        assertThat(karim.replacement()).isEqualTo("Samir");
        assertThat(karim.occurrences()).isEqualTo(3);

        runFx(() -> viewModel.edit(karim, "Nabil", NameCategory.PERSON));
        fx.waitIdle();
        assertThat(entries()).extracting(EntryRow::replacement).containsExactly("Nabil");

        EntryRow edited = entries().getFirst();
        runFx(() -> viewModel.remove(edited));
        fx.waitIdle();
        assertThat(entries()).isEmpty();
        assertThat(store.log(1000).size()).isEqualTo(before + 3);
        assertThat(onFx(() -> viewModel.refusalProperty().get())).isEmpty();
    }

    @Test
    void twoOriginalsSharingOneReplacementAreRefusedInOneSentence() throws Exception {
        CandidateRow martine = candidate("Martine");
        CandidateRow karim = candidate("Karim");
        runFx(() -> viewModel.accept(martine, "Odile", NameCategory.PERSON, null));
        fx.waitIdle();

        runFx(() -> viewModel.accept(karim, "Odile", NameCategory.PERSON, null));
        fx.waitIdle();

        assertThat(onFx(() -> viewModel.refusalProperty().get())).isEqualTo("« Odile » remplace déjà « Martine » "
                + "dans tout le projet : deux originaux ne peuvent partager un remplaçant (« Karim » en demande un "
                + "autre).");
        assertThat(entries()).extracting(EntryRow::original).containsExactly("Martine");
        assertThat(names()).contains("Karim");
    }

    @Test
    void anIgnoredNameLeavesTheSuggestionsNotTheTable() throws Exception {
        CandidateRow place = candidate("Saint-Fons");
        runFx(() -> viewModel.ignore(place));
        fx.waitIdle();

        assertThat(names()).doesNotContain("Saint-Fons");
        assertThat(entries()).isEmpty();
        assertThat(store.pseudonyms().table().ignored()).containsExactly("Saint-Fons");
    }

    @Test
    void theContextsOfANameAreItsOccurrencesAsTheTableMatchesThem() throws Exception {
        runFx(() -> viewModel.showContexts("saint-fons"));
        fx.waitIdle();

        List<ContextLine> lines = onFx(() -> List.copyOf(viewModel.contexts()));
        assertThat(lines).extracting(ContextLine::match).containsExactly("Saint-Fons", "Saint-Fons");
        assertThat(lines.getFirst().left()).endsWith("arrivée comment à ");
        assertThat(lines.getFirst().source()).isEqualTo(SOURCE);
    }

    private CandidateRow candidate(String name) throws Exception {
        return onFx(() -> viewModel.candidates().stream().filter(c -> c.original().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + viewModel.candidates())));
    }

    private List<String> names() throws Exception {
        return onFx(() -> viewModel.candidates().stream().map(CandidateRow::original).toList());
    }

    private List<EntryRow> entries() throws Exception {
        return onFx(() -> List.copyOf(viewModel.entries()));
    }
}
