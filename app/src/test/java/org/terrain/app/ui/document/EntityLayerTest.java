package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class EntityLayerTest {
    private static final String TEXT = "Je suis née à Lyon, chez Renault.";

    @Test
    void theEntitiesGoOverTheCodingsTintsWithoutChangingThem() {
        int lyon = TEXT.indexOf("Lyon");
        int renault = TEXT.indexOf("Renault");
        StyleSpans<RunStyle> coded = new StyleSpansBuilder<RunStyle>()
                .add(new RunStyle("speech", null), lyon - 2)
                .add(new RunStyle("speech", "#E15759"), 10)
                .add(new RunStyle("speech", null), TEXT.length() - lyon - 8)
                .create();
        EntityLayer layer = EntityLayer.shown(TEXT.length(), List.of(
                mark(lyon, "Lyon", "LOC"), mark(renault, "Renault", "ORG")));

        assertThat(runs(layer.over(coded))).containsExactly(
                "Je suis née :speech/-/-",
                "à :speech/#E15759/-",
                "Lyon:speech/#E15759/LOC",
                ", ch:speech/#E15759/-",
                "ez :speech/-/-",
                "Renault:speech/-/ORG",
                ".:speech/-/-");
    }

    @Test
    void hiddenOrNotAnalysedLeavesTheStylesAsTheyAre() {
        StyleSpans<RunStyle> plain = new StyleSpansBuilder<RunStyle>().add(RunStyle.PLAIN, TEXT.length()).create();

        assertThat(EntityLayer.HIDDEN.over(plain)).isSameAs(plain);
        assertThat(EntityLayer.of(EntityLayer.State.NOT_ANALYSED).over(plain)).isSameAs(plain);
    }

    @Test
    void anOverlappingMentionKeepsTheFirstAndTheSpansCoverTheText() {
        int lyon = TEXT.indexOf("Lyon");
        EntityLayer layer = EntityLayer.shown(TEXT.length(), List.of(
                mark(lyon, "Lyon", "LOC"), mark(lyon + 2, "on, chez", "MISC")));

        assertThat(layer.marks()).extracting(EntityMark::text).containsExactly("Lyon");
        assertThat(layer.types().length()).isEqualTo(TEXT.length());
        assertThat(layer.at(lyon + 1)).extracting(EntityMark::type).containsExactly("LOC");
        assertThat(layer.at(lyon - 1)).isEmpty();
    }

    @Test
    void anEmptyTextOrNoMentionStillCoversTheText() {
        assertThat(EntityLayer.shown(0, List.of()).types().length()).isZero();
        assertThat(EntityLayer.shown(TEXT.length(), List.of()).types().length()).isEqualTo(TEXT.length());
    }

    @Test
    void hoveringAMentionTellsItsTypeInWords() {
        assertThat(EntityBar.description(mark(0, "Lyon", "LOC"))).isEqualTo("Entité nommée : Lyon — lieu (LOC)");
        assertThat(EntityBar.description(mark(0, "Noël", "DATE"))).isEqualTo("Entité nommée : Noël — DATE (DATE)");
    }

    private static EntityMark mark(int start, String text, String type) {
        return new EntityMark(new TextRange(start, start + text.length()), type, text);
    }

    private static List<String> runs(StyleSpans<RunStyle> styles) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<RunStyle> span : styles) {
            RunStyle style = span.getStyle();
            out.add(TEXT.substring(at, at + span.getLength()) + ":" + style.role() + "/"
                    + (style.tint() == null ? "-" : style.tint()) + "/" + (style.entity() == null ? "-" : style.entity()));
            at += span.getLength();
        }
        return out;
    }
}
