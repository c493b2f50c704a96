package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.language.LanguageFixture.onFx;

import java.nio.file.Path;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.language.LanguageFixture;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;

/** The named entities in the document, on demand, over the codings, on a small real project. */
class DocumentEntitiesTest {
    @TempDir
    Path temp;

    private LanguageFixture project;
    private DocumentViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        project = new LanguageFixture(temp);
        viewModel = onFx(() -> new DocumentViewModel(project.session));
        onFx(() -> {
            viewModel.show(LanguageFixture.MARTINE);
            return null;
        });
        project.waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void entitiesAreOffByDefault() throws Exception {
        project.analyse();

        assertThat(onFx(() -> viewModel.showEntitiesProperty().get())).isFalse();
        assertThat(onFx(() -> viewModel.entitiesProperty().get())).isSameAs(EntityLayer.HIDDEN);
    }

    @Test
    void withoutAnAnalysisTheDocumentSaysSoThenShowsTheEntitiesOnceItRan() throws Exception {
        showEntities(true);
        assertThat(state()).isEqualTo(EntityLayer.State.NOT_ANALYSED);

        project.analyse();

        assertThat(state()).isEqualTo(EntityLayer.State.SHOWN);
        String text = onFx(() -> viewModel.contentProperty().get().text());
        List<EntityMark> marks = onFx(() -> viewModel.entitiesProperty().get().marks());
        assertThat(marks).extracting(m -> m.type() + ":" + text.substring(m.range().start(), m.range().end()))
                .contains("LOC:Lyon", "ORG:Renault", "PER:Jean Dupont");
        assertThat(marks).allSatisfy(m -> assertThat(text.substring(m.range().start(), m.range().end()))
                .isEqualTo(m.text()));

        showEntities(false);
        assertThat(onFx(() -> viewModel.entitiesProperty().get())).isSameAs(EntityLayer.HIDDEN);
    }

    @Test
    void aCodedEntityKeepsItsTintAndGetsItsType() throws Exception {
        String text = project.store.sources().get(LanguageFixture.MARTINE).text();
        int lyon = text.codePointCount(0, text.indexOf("Lyon, puis"));
        project.store.codes().add(CodePath.of("Lieux"), null, null);
        project.store.segments().code(LanguageFixture.MARTINE, CodePath.of("Lieux"),
                List.of(new Span(lyon, lyon + "Lyon, puis".length())), null, "test");
        project.analyse();
        showEntities(true);

        String shown = onFx(() -> viewModel.contentProperty().get().text());
        int at = shown.indexOf("Lyon, puis");
        RunStyle style = onFx(() -> styleAt(viewModel.entitiesProperty().get().over(viewModel.layerProperty().get()
                .styles()), at));
        assertThat(style.isCoded()).isTrue();
        assertThat(style.entity()).isEqualTo("LOC");
        assertThat(onFx(() -> viewModel.entitiesAt(at))).extracting(EntityMark::text).containsExactly("Lyon");
        assertThat(onFx(() -> viewModel.codingsAt(at))).hasSize(1);
    }

    private void showEntities(boolean shown) throws Exception {
        onFx(() -> {
            viewModel.showEntitiesProperty().set(shown);
            return null;
        });
        project.waitIdle();
    }

    private EntityLayer.State state() throws Exception {
        return onFx(() -> viewModel.entitiesProperty().get().state());
    }

    private static RunStyle styleAt(Iterable<StyleSpan<RunStyle>> styles, int index) {
        int at = 0;
        for (StyleSpan<RunStyle> span : styles) {
            if (index < at + span.getLength()) {
                return span.getStyle();
            }
            at += span.getLength();
        }
        throw new AssertionError("past the end: " + index);
    }
}
