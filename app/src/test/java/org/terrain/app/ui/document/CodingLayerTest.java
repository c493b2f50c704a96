package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;

class CodingLayerTest {
    private static final String TRANSCRIPT = """
            [00:00:01] ENQ : Vous habitez où ?
            [00:00:04] LÉA : À Feyzin 🏭, près de la raffinerie.
            suite du tour""";

    @Test
    void theStylesCoverTheWholeTextWithTimesLabelsAndSpeechApart() {
        List<DocumentPiece> pieces = DocumentPieces.of(transcript());

        CodingLayer layer = CodingLayer.of(pieces, List.of());

        assertThat(layer.styles().length()).isEqualTo(TRANSCRIPT.length());
        assertThat(runs(layer)).startsWith("time:[00:00:01] ", "label:ENQ :", "plain: ",
                "interviewer-speech:Vous habitez où ?");
        assertThat(layer.laneCount()).isZero();
    }

    @Test
    void codedTextIsTintedAndOverlapsGetTheirMixedTint() {
        int feyzin = TRANSCRIPT.indexOf("Feyzin");
        int pres = TRANSCRIPT.indexOf("près");
        List<Coding> codings = List.of(
                coding(1, "#E15759", feyzin, pres + 4),
                coding(2, "#4E79A7", pres, TRANSCRIPT.indexOf("raffinerie") + 10));

        CodingLayer layer = CodingLayer.of(DocumentPieces.of(transcript()), codings);

        List<String> tints = new ArrayList<>();
        int position = 0;
        for (StyleSpan<RunStyle> span : layer.styles()) {
            if (span.getStyle().isCoded()) {
                tints.add(TRANSCRIPT.substring(position, position + span.getLength()) + "=" + span.getStyle().tint());
            }
            position += span.getLength();
        }
        assertThat(tints).containsExactly(
                "Feyzin 🏭, =" + Tints.blend(List.of("#E15759")),
                "près=" + Tints.blend(List.of("#4E79A7", "#E15759")),
                " de la raffinerie=" + Tints.blend(List.of("#4E79A7")));
        assertThat(layer.laneCount()).isEqualTo(2);
    }

    @Test
    void aCodingOverSeveralParagraphsLeavesAMarkOnEachWithItsEndsMarked() {
        int start = TRANSCRIPT.indexOf("Vous");
        int end = TRANSCRIPT.indexOf("suite") + 5;

        CodingLayer layer = CodingLayer.of(DocumentPieces.of(transcript()), List.of(coding(7, "#59A14F", start, end)));

        assertThat(layer.marks()).hasSize(3);
        MarginMark first = layer.marks(0).getFirst();
        MarginMark middle = layer.marks(1).getFirst();
        MarginMark last = layer.marks(2).getFirst();
        assertThat(first.start()).isEqualTo(start);
        assertThat(first.end()).isEqualTo(TRANSCRIPT.indexOf('\n'));
        assertThat(List.of(first.startsHere(), first.endsHere())).containsExactly(true, false);
        assertThat(List.of(middle.startsHere(), middle.endsHere(), middle.start())).containsExactly(false, false, 0);
        assertThat(List.of(last.startsHere(), last.endsHere(), last.start(), last.end()))
                .containsExactly(false, true, 0, 5);
        assertThat(layer.marks(3)).isEmpty();
    }

    @Test
    void theCodingsAtAPlaceAreThoseCoveringIt() {
        int feyzin = TRANSCRIPT.indexOf("Feyzin");
        CodingLayer layer = CodingLayer.of(DocumentPieces.of(transcript()),
                List.of(coding(1, "#E15759", feyzin, feyzin + 6), coding(2, "#4E79A7", feyzin + 3, feyzin + 20)));

        assertThat(layer.at(feyzin)).extracting(Coding::segmentId).containsExactly(1L);
        assertThat(layer.at(feyzin + 4)).extracting(Coding::segmentId).containsExactly(1L, 2L);
        assertThat(layer.at(feyzin + 6)).extracting(Coding::segmentId).containsExactly(2L);
        assertThat(layer.at(0)).isEmpty();
    }

    @Test
    void paragraphsStartAfterEachLineBreak() {
        assertThat(CodingLayer.paragraphStarts("a\nbc\n\nd")).containsExactly(0, 2, 5, 6);
        assertThat(CodingLayer.paragraphStarts("")).containsExactly(0);
    }

    private static List<String> runs(CodingLayer layer) {
        List<String> out = new ArrayList<>();
        int position = 0;
        for (StyleSpan<RunStyle> span : layer.styles()) {
            out.add(span.getStyle().role() + ":" + TRANSCRIPT.substring(position, position + span.getLength()));
            position += span.getLength();
        }
        return out;
    }

    private static Coding coding(long id, String color, int start, int end) {
        return new Coding(id, CodePath.of("code" + id), color, null, new TextRange(start, end), 0);
    }

    private static Source transcript() {
        return new Source(1, "g", "entretien.txt", SourceKind.INTERVIEW, null, TRANSCRIPT, 1,
                TurnDetector.detect(TRANSCRIPT, TurnMode.ON), Map.of(), Map.of(), Instant.EPOCH);
    }
}
