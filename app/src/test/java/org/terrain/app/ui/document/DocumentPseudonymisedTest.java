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
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.ProjectStore;

/**
 * Affichage › Texte pseudonymisé: the shown source as the exports write it, its codings over the same words at
 * their new places, a revealed passage mapped likewise, and no coding or correction of that text (a selection of
 * it is not the real words); turned off, the real text again.
 */
class DocumentPseudonymisedTest {
    private static final String SOURCE = "martine.txt";
    private static final String TEXT = "ENQ : Et l’usine ?\nMARTINE : Je suis arrivée d’Hélène à Saint-Fons, à la "
            + "raffinerie. Martine, c’est moi.\n";
    private static final CodePath ARRIVEE = CodePath.of("Arrivée");
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private DocumentViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, SOURCE, TEXT);
        store.codes().add(ARRIVEE, null, null);
        store.segments().code(SOURCE, ARRIVEE, List.of(span("arrivée d’Hélène à Saint-Fons")), null);
        store.pseudonyms().put("Martine", "Odile", PseudonymCategory.PERSON, null);
        store.pseudonyms().put("Hélène", "Claire", PseudonymCategory.PERSON, null);
        store.pseudonyms().put("Saint-Fons", "Commune A", PseudonymCategory.PLACE, null);
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
    void theTextIsReadPseudonymisedWithItsCodingOnTheSameWords() throws Exception {
        assertThat(codedWords()).containsExactly("arrivée d’Hélène à Saint-Fons");

        runFx(() -> viewModel.pseudonymisedProperty().set(true));
        fx.waitIdle();

        String shown = onFx(() -> viewModel.contentProperty().get().text());
        assertThat(shown).doesNotContain("Martine", "MARTINE", "Hélène", "Saint-Fons")
                .contains("ODILE : ", "de Claire à Commune A", "Odile, c’est moi");
        assertThat(codedWords()).containsExactly("arrivée de Claire à Commune A");
        assertThat(onFx(() -> viewModel.contentProperty().get().sourceName())).isEqualTo(SOURCE);
        assertThat(onFx(() -> viewModel.pseudonymNoteProperty().get())).startsWith("4 noms remplacés");
    }

    @Test
    void aRevealedPassageIsSelectedAtItsPseudonymisedPlace() throws Exception {
        runFx(() -> viewModel.pseudonymisedProperty().set(true));
        fx.waitIdle();

        runFx(() -> viewModel.reveal(SOURCE, span("Saint-Fons")));

        TextRange range = onFx(() -> viewModel.revealedProperty().get());
        assertThat(onFx(() -> viewModel.contentProperty().get().text()).substring(range.start(), range.end()))
                .isEqualTo("Commune A");
    }

    @Test
    void codingAndCorrectingWaitForTheRealText() throws Exception {
        runFx(() -> viewModel.pseudonymisedProperty().set(true));
        fx.waitIdle();
        runFx(() -> viewModel.currentCodeProperty().set(ARRIVEE));

        String shown = onFx(() -> viewModel.contentProperty().get().text());
        int at = shown.indexOf("la raffinerie");
        runFx(() -> viewModel.code(new TextRange(at, at + "la raffinerie".length()), ARRIVEE));
        fx.waitIdle();
        assertThat(store.segments().list(null, SOURCE)).hasSize(1);
        assertThat(fx.statusText()).startsWith("Le texte pseudonymisé se lit sans se coder");

        runFx(viewModel::startCorrection);
        assertThat(onFx(() -> viewModel.correctingProperty().get())).isFalse();
        runFx(() -> viewModel.replace(List.of(new Span(0, 3)), "X"));
        fx.waitIdle();
        assertThat(store.sources().get(SOURCE).text()).isEqualTo(TEXT);
    }

    @Test
    void turnedOffTheRealTextComesBackAndATableChangeIsReadInPlace() throws Exception {
        runFx(() -> viewModel.pseudonymisedProperty().set(true));
        fx.waitIdle();
        runFx(() -> fx.session.change("", s -> s.pseudonyms().put("Saint-Fons", "Commune B",
                PseudonymCategory.PLACE, null), done -> ""));
        fx.waitIdle();
        assertThat(codedWords()).containsExactly("arrivée de Claire à Commune B");

        runFx(() -> viewModel.pseudonymisedProperty().set(false));
        fx.waitIdle();

        assertThat(onFx(() -> viewModel.contentProperty().get().text())).isEqualTo(TEXT);
        assertThat(codedWords()).containsExactly("arrivée d’Hélène à Saint-Fons");
        assertThat(onFx(() -> viewModel.pseudonymNoteProperty().get())).isEmpty();
    }

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(TEXT.codePointCount(0, at), TEXT.codePointCount(0, at + words.length()));
    }

    private List<String> codedWords() throws Exception {
        return onFx(() -> {
            String text = viewModel.contentProperty().get().text();
            return viewModel.layerProperty().get().codings().stream()
                    .map(c -> text.substring(c.range().start(), c.range().end())).toList();
        });
    }
}
