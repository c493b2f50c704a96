package org.terrain.app.ui.document;

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
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Correcting the shown text: the user's text becomes word-level edits sent to the engine as one action; codings
 * follow their words, those whose words were all deleted are handed to the view to tell; undo shows the text
 * and its codings as they were.
 */
class DocumentCorrectionTest {
    private static final String SOURCE = "martine.txt";
    private static final String TEXT = "ENQ : Et 🏭 l’usine ?\nMARTINE : La sécurité passait avant tout, même avant la paie.\n";
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private DocumentViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, SOURCE, TEXT);
        code("Sécurité", "La sécurité passait");
        code("Paie", "même avant la paie");
        fx = FxSession.on(store);
        viewModel = onFx(() -> new DocumentViewModel(fx.session));
        runFx(() -> viewModel.show(SOURCE));
        fx.waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void anEditInsideACodedPassageStretchesItsCodingAndTheDocumentShowsTheNewText() throws Exception {
        String edited = onFx(() -> viewModel.contentProperty().get().text())
                .replace("La sécurité passait", "La sécurité au travail passait");

        runFx(viewModel::startCorrection);
        runFx(() -> viewModel.applyCorrection(edited));
        fx.waitIdle();

        assertThat(coded()).containsExactly("La sécurité au travail passait", "même avant la paie");
        assertThat(onFx(() -> viewModel.contentProperty().get().text())).isEqualTo(edited);
        assertThat(onFx(() -> viewModel.correctingProperty().get())).isFalse();
        assertThat(onFx(() -> viewModel.correctedProperty().get().removedCodings())).isEmpty();
        assertThat(onFx(() -> viewModel.layerProperty().get().codings()))
                .extracting(c -> c.code().toString()).containsExactlyInAnyOrder("Sécurité", "Paie");
        assertThat(fx.statusText()).isEqualTo(
                "Texte de « martine.txt » corrigé (une modification) ; les codages suivent leurs mots.");
    }

    @Test
    void aCodedPassageDeletedEntirelyIsNamedAndUndoBringsTextAndCodingBack() throws Exception {
        String before = onFx(() -> viewModel.contentProperty().get().text());
        String edited = before.replace(", même avant la paie", "");

        runFx(viewModel::startCorrection);
        runFx(() -> viewModel.applyCorrection(edited));
        fx.waitIdle();

        assertThat(onFx(() -> viewModel.correctedProperty().get().removedCodings()))
                .containsExactly("Paie « même avant la paie »");
        assertThat(coded()).containsExactly("La sécurité passait");

        runFx(() -> fx.session.change("undo", s -> s.undo(), done -> "annulé"));
        fx.waitIdle();

        assertThat(onFx(() -> viewModel.contentProperty().get().text())).isEqualTo(before);
        assertThat(coded()).containsExactly("La sécurité passait", "même avant la paie");
        assertThat(onFx(() -> viewModel.layerProperty().get().codings())).hasSize(2);
    }

    @Test
    void nothingChangedStoresNothingAndCodingWaitsForTheCorrectionToEnd() throws Exception {
        int logged = store.log(100).size();
        runFx(viewModel::startCorrection);
        runFx(() -> viewModel.code(new TextRange(0, 3), CodePath.of("Paie")));
        fx.waitIdle();
        assertThat(fx.statusText()).isEqualTo("Appliquez ou abandonnez d’abord la correction du texte pour coder.");

        runFx(() -> viewModel.applyCorrection(TEXT));
        fx.waitIdle();

        assertThat(store.log(100)).hasSize(logged);
        assertThat(onFx(() -> viewModel.correctingProperty().get())).isFalse();
        assertThat(fx.statusText()).isEqualTo("Texte inchangé : rien à corriger.");
    }

    private void code(String code, String words) {
        CodePath path = CodePath.of(code);
        store.codes().add(path, null, null);
        String text = store.sources().get(SOURCE).text();
        int at = text.codePointCount(0, text.indexOf(words));
        store.segments().code(SOURCE, path, List.of(new Span(at, at + words.codePointCount(0, words.length()))),
                null, "test");
    }

    private List<String> coded() {
        CodePointIndex index = new CodePointIndex(store.sources().get(SOURCE).text());
        return store.segments().list(null, SOURCE).stream()
                .sorted(java.util.Comparator.comparingInt(s -> s.segment().span().start()))
                .map(s -> index.substring(s.segment().span().start(), s.segment().span().end())).toList();
    }
}
