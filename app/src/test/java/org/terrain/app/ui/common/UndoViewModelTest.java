package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxSession.onFx;
import static org.terrain.app.ui.FxSession.runFx;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.FxSession;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.coding.AutoCoder;
import org.terrain.corpus.coding.CodingUnit;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.ProgressListener;

/** « Annuler : … » and « Annulé : … » name the action in the interface's words, whatever the action. */
class UndoViewModelTest {
    private static final CodePath CODE = CodePath.of("Rapport au travail");

    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private UndoViewModel undo;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, "martine.txt",
                "ENQ : Et l’usine ?\nMARTINE : À l’usine, on apprenait sur le tas. Les anciens montraient.\n");
        store.codes().add(CODE, null, null);
        fx = FxSession.on(store);
        undo = onFx(() -> new UndoViewModel(fx.session));
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void anAutocodingIsUndoneInFrench() throws Exception {
        try (SearchIndex index = SearchIndex.open(store, ProgressListener.NONE)) {
            new AutoCoder(store).byQuery(index, SearchRequest.of("usine"), CodingUnit.SENTENCE, CODE);
        }
        runFx(undo::refresh);
        fx.waitIdle();

        String label = onFx(() -> undo.undoTextProperty().get());
        assertThat(label).isEqualTo("Annuler : codage automatique avec « Rapport au travail » des phrases où "
                + "figure « usine »");
        runFx(undo::undo);
        fx.waitIdle();
        assertThat(fx.statusText()).startsWith("Annulé : codage automatique avec « Rapport au travail »")
                .doesNotContainPattern("\\b(on|sentence|autocode)\\b");
        assertThat(onFx(() -> undo.redoTextProperty().get())).isEqualTo("Rétablir : codage automatique avec "
                + "« Rapport au travail » des phrases où figure « usine »");
    }
}
