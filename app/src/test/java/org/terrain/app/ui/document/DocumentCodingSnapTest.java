package org.terrain.app.ui.document;

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
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * Coding a selection swept a character too early or too late: snapped to whole words by default (« Une fuite »,
 * never « . Une fuite »), as it was selected once the user turns snapping off.
 */
class DocumentCodingSnapTest {
    private static final String SOURCE = "martine.txt";
    private static final String TEXT = "ENQ : Et 🏭 l’usine ?\nMARTINE : Le masque tombe. Une fuite au quai, à Saint-Fons.\n";
    private static final CodePath FUITE = CodePath.of("Fuite");
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private DocumentViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, SOURCE, TEXT);
        store.codes().add(FUITE, null, null);
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
    void snappingIsOnByDefault() throws Exception {
        assertThat(onFx(() -> viewModel.snapToWordsProperty().get())).isTrue();
    }

    @Test
    void aSelectionOneCharacterEarlyCodesTheWordsWithoutTheDot() throws Exception {
        codeShown(". Une fuite");

        assertThat(coded()).containsExactly("Une fuite");
    }

    @Test
    void aSelectionEndingInsideAWordTakesTheWholeWordAndLeavesTheCommaOut() throws Exception {
        codeShown("fuite au qu");
        codeShown("nt-Fons.");

        assertThat(coded()).containsExactly("fuite au quai", "Saint-Fons");
    }

    @Test
    void theElidedArticleIsNotTakenWithTheWordAfterAnEmoji() throws Exception {
        codeShown("’usine ?");

        assertThat(coded()).containsExactly("usine");
    }

    @Test
    void aSelectionStartingInTheTurnLabelStartsWithTheSpeech() throws Exception {
        codeShown("TINE : Le masque");

        assertThat(coded()).containsExactly("Le masque");
    }

    @Test
    void turnedOffTheSelectionIsCodedAsItIsWithoutItsBlanks() throws Exception {
        runFx(() -> viewModel.snapToWordsProperty().set(false));
        codeShown(". Une fu");

        assertThat(coded()).containsExactly(". Une fu");
    }

    /** Codes the first place of {@code words} in the shown text, as the area selects it (UTF-16). */
    private void codeShown(String words) throws Exception {
        String shown = onFx(() -> viewModel.contentProperty().get().text());
        int at = shown.indexOf(words);
        assertThat(at).isNotNegative();
        runFx(() -> viewModel.code(new TextRange(at, at + words.length()), FUITE));
        fx.waitIdle();
    }

    private java.util.List<String> coded() {
        return store.segments().list(FUITE, null).stream().map(SegmentInfo::text).toList();
    }
}
