package org.terrain.app.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CodePointIndex;

class SegmentsViewModelTest {
    private static final String TRANSCRIPT = """
            [00:00:01] ENQ : Et la sécurité ?
            [00:00:04] LÉA : À Feyzin 🏭, la sécurité passait avant tout, même avant la paie.
            [00:00:09] ENQ : Merci.""";

    @Test
    void theSpeakerIsThatOfTheTurnTheSegmentIsIn() {
        List<Turn> turns = TurnDetector.detect(TRANSCRIPT, TurnMode.ON);

        assertThat(SegmentsViewModel.speakerAt(turns, cp("la sécurité passait"))).isEqualTo("LÉA");
        assertThat(SegmentsViewModel.speakerAt(turns, cp("Merci"))).isEqualTo("ENQ");
        assertThat(SegmentsViewModel.speakerAt(List.of(), 5)).isEmpty();
    }

    @Test
    void theContextIsTheRestOfTheSpeechWithoutTheTurnsLabel() {
        List<Turn> turns = TurnDetector.detect(TRANSCRIPT, TurnMode.ON);
        Span span = new Span(cp("la sécurité passait"), cp("la sécurité passait") + "la sécurité".length());

        String[] context = SegmentsViewModel.context(new CodePointIndex(TRANSCRIPT), span,
                SegmentsViewModel.speechAround(turns, span));

        assertThat(context).containsExactly("À Feyzin 🏭, ", " passait avant tout, même avant la paie.");
    }

    @Test
    void aLongContextIsCutAtAWord() {
        String prose = "mot ".repeat(100) + "CODÉ" + " suite".repeat(100);
        int start = prose.indexOf("CODÉ");

        String[] context = SegmentsViewModel.context(new CodePointIndex(prose), new Span(start, start + 4), null);

        assertThat(context[0]).startsWith("…mot ").endsWith("mot ").hasSizeLessThanOrEqualTo(SegmentsViewModel.CONTEXT + 1);
        assertThat(context[1]).startsWith(" suite").endsWith("suite…");
    }

    private static int cp(String words) {
        int utf16 = TRANSCRIPT.indexOf(words);
        return TRANSCRIPT.codePointCount(0, utf16);
    }
}
