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
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Finding in the shown source (Ctrl+F) ignoring case and accents, and replacing (Ctrl+H): each replacement is an
 * edit of the engine, so codings follow their words; « Tout remplacer » is one action, which one undo takes back;
 * codings left without a word are named.
 */
class FindViewModelTest {
    private static final String SOURCE = "martine.txt";
    private static final String TEXT = "ENQ : Et 🏭 la Sécurité ?\n"
            + "MARTINE : La securite passait avant tout. La SÉCURITÉ, et la paie.\n";
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private DocumentViewModel document;
    private FindViewModel find;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, SOURCE, TEXT);
        code("Sécurité", "La securite passait");
        code("Paie", "paie");
        fx = FxSession.on(store);
        document = onFx(() -> new DocumentViewModel(fx.session));
        find = onFx(() -> new FindViewModel(document));
        runFx(() -> document.show(SOURCE));
        fx.waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void theMatchesIgnoreCaseAndAccentsAndTheFirstIsCurrent() throws Exception {
        runFx(() -> find.queryProperty().set("securite"));

        assertThat(shownMatches()).containsExactly("Sécurité", "securite", "SÉCURITÉ");
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("1 sur 3");
        assertThat(onFx(() -> shown(find.currentProperty().get()))).isEqualTo("Sécurité");
    }

    @Test
    void nextAndPreviousGoRoundTheMatches() throws Exception {
        runFx(() -> find.queryProperty().set("sécurité"));

        runFx(find::next);
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("2 sur 3");
        runFx(find::next);
        runFx(find::next);
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("1 sur 3");
        runFx(find::previous);
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("3 sur 3");
        assertThat(onFx(() -> shown(find.currentProperty().get()))).isEqualTo("SÉCURITÉ");
    }

    @Test
    void theFirstMatchIsTheOneAfterTheSelection() throws Exception {
        runFx(() -> {
            String text = document.contentProperty().get().text();
            int at = text.indexOf("passait");
            document.selectionProperty().set(new TextRange(at, at));
            find.queryProperty().set("securite");
        });

        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("3 sur 3");
    }

    @Test
    void nothingFoundSaysSo() throws Exception {
        runFx(() -> find.queryProperty().set("masque"));

        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("Aucun résultat");
        assertThat(onFx(() -> find.currentProperty().get())).isNull();
        runFx(() -> find.queryProperty().set(""));
        assertThat(onFx(() -> find.countProperty().get())).isEmpty();
    }

    @Test
    void replacingAllIsOneActionTheCodingsFollowAndOneUndoTakesItBack() throws Exception {
        int logged = store.log(100).size();
        runFx(() -> {
            find.queryProperty().set("securite");
            find.replacementProperty().set("prévention");
        });

        runFx(find::replaceAll);
        fx.waitIdle();

        assertThat(store.sources().get(SOURCE).text()).isEqualTo(TEXT.replace("Sécurité", "prévention")
                .replace("securite", "prévention").replace("SÉCURITÉ", "prévention"));
        assertThat(store.log(100)).hasSize(logged + 1);
        assertThat(coded()).containsExactly("La prévention passait", "paie");
        assertThat(fx.statusText()).isEqualTo(
                "3 remplacements dans « martine.txt » ; les codages suivent leurs mots.");
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("Aucun résultat");

        runFx(() -> fx.session.change("undo", s -> s.undo(), done -> "annulé"));
        fx.waitIdle();

        assertThat(store.sources().get(SOURCE).text()).isEqualTo(TEXT);
        assertThat(coded()).containsExactly("La securite passait", "paie");
        assertThat(onFx(() -> document.contentProperty().get().text())).isEqualTo(TEXT);
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("1 sur 3");
    }

    @Test
    void aCodingWhoseWordsAreAllReplacedByNothingIsNamed() throws Exception {
        runFx(() -> {
            find.queryProperty().set("paie");
            find.replacementProperty().set("");
        });

        runFx(find::replaceAll);
        fx.waitIdle();

        assertThat(onFx(() -> document.correctedProperty().get().removedCodings())).containsExactly("Paie « paie »");
        assertThat(coded()).containsExactly("La securite passait");
    }

    @Test
    void replacingOneReplacesTheCurrentMatchThenTheNextIsCurrent() throws Exception {
        runFx(() -> {
            find.queryProperty().set("sécurité");
            find.replacementProperty().set("sûreté");
        });
        runFx(find::next);

        runFx(find::replace);
        fx.waitIdle();

        assertThat(store.sources().get(SOURCE).text()).isEqualTo(TEXT.replace("securite", "sûreté"));
        assertThat(coded()).containsExactly("La sûreté passait", "paie");
        assertThat(onFx(() -> find.countProperty().get())).isEqualTo("2 sur 2");
        assertThat(onFx(() -> shown(find.currentProperty().get()))).isEqualTo("SÉCURITÉ");
    }

    @Test
    void replacingWaitsForACorrectionInProgress() throws Exception {
        int logged = store.log(100).size();
        runFx(() -> {
            find.queryProperty().set("paie");
            find.replacementProperty().set("salaire");
            document.startCorrection();
        });

        runFx(find::replaceAll);
        fx.waitIdle();

        assertThat(store.log(100)).hasSize(logged);
        assertThat(fx.statusText()).isEqualTo(
                "Appliquez ou abandonnez d’abord la correction du texte pour remplacer.");
    }

    private List<String> shownMatches() throws Exception {
        return onFx(() -> find.matches().stream().map(this::shown).toList());
    }

    private String shown(TextRange range) {
        return document.contentProperty().get().text().substring(range.start(), range.end());
    }

    private List<String> coded() {
        return store.segments().list(null, SOURCE).stream().map(SegmentInfo::text).toList();
    }

    private void code(String code, String words) {
        CodePath path = CodePath.of(code);
        store.codes().add(path, null, null);
        String text = store.sources().get(SOURCE).text();
        CodePointIndex index = new CodePointIndex(text);
        int at = text.indexOf(words);
        store.segments().code(SOURCE, path, List.of(new Span(index.toCodePoint(at),
                index.toCodePoint(at + words.length()))), null, "test");
    }
}
