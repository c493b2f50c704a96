package org.terrain.app.ui.speakers;

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
import org.terrain.corpus.store.ProjectStore;

/** « Locuteurs » : labels with their turns, interviewers ticked, each tick one undoable action. */
class SpeakersViewModelTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private SpeakersViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, "martine.txt", "PB : Et la paie ?\nMARTINE : Correcte.\nPB : Merci.\n");
        FxSession.importInterview(store, temp, "paul.txt", "ENQ : Bonjour.\nPAUL : Bonjour.\n");
        fx = FxSession.on(store);
        viewModel = onFx(() -> new SpeakersViewModel(fx.session));
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void theProjectListsEveryLabelWithItsTurnsAndEnqIsTheInterviewerByDefault() throws Exception {
        runFx(() -> viewModel.open(null));
        fx.waitIdle();

        assertThat(rows()).containsExactly(new SpeakerRow("PB", 2, false), new SpeakerRow("MARTINE", 1, false),
                new SpeakerRow("ENQ", 1, true), new SpeakerRow("PAUL", 1, false));
        assertThat(onFx(() -> List.copyOf(viewModel.sources()))).containsExactly("martine.txt", "paul.txt");
    }

    @Test
    void tickingALabelInOneSourceMarksItThereOnlyAndUndoTakesItBack() throws Exception {
        runFx(() -> viewModel.open("martine.txt"));
        fx.waitIdle();
        assertThat(rows()).containsExactly(new SpeakerRow("PB", 2, false), new SpeakerRow("MARTINE", 1, false));

        runFx(() -> viewModel.setInterviewer("PB", true));
        fx.waitIdle();

        assertThat(rows()).containsExactly(new SpeakerRow("PB", 2, true), new SpeakerRow("MARTINE", 1, false));
        assertThat(store.sources().summaries()).filteredOn(s -> s.name().equals("martine.txt")).singleElement()
                .satisfies(s -> assertThat(s.interviewers()).containsExactly("PB"));
        assertThat(fx.statusText()).isEqualTo("PB est enquêteur (martine.txt).");

        store.undo();
        runFx(() -> viewModel.scopeProperty().set(null));
        fx.waitIdle();
        assertThat(rows()).contains(new SpeakerRow("PB", 2, false));
    }

    @Test
    void untickingEnqProjectWideMakesItAParticipantEverywhere() throws Exception {
        runFx(() -> viewModel.open(null));
        fx.waitIdle();

        runFx(() -> viewModel.setInterviewer("ENQ", false));
        fx.waitIdle();

        assertThat(rows()).contains(new SpeakerRow("ENQ", 1, false));
        assertThat(store.sources().summaries()).allSatisfy(s -> assertThat(s.interviewers()).isEmpty());
        assertThat(fx.failures).isEmpty();
    }

    private List<SpeakerRow> rows() throws Exception {
        return onFx(() -> List.copyOf(viewModel.rows()));
    }
}
