package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CodePointIndex;

class TurnDetectorTest {
    private static String at(String text, org.terrain.corpus.model.Span span) {
        return new CodePointIndex(text).substring(span.start(), span.end());
    }

    @Test
    void timedTurnsWithLabelAndSpeechSpans() {
        String text = "# header\n\n[00:00:02] 421PERS : euh vous devez 🎙 enregistrer\n[01:02:03] PB : oui ça va\n";
        List<Turn> turns = TurnDetector.detect(text, TurnMode.ON);
        assertThat(turns).hasSize(2);
        assertThat(TurnDetector.detect(text, TurnMode.AUTO)).as("2 of 3 non-empty lines: under 80 %").isEmpty();
        Turn first = turns.getFirst();
        assertThat(first.speaker()).isEqualTo("421PERS");
        assertThat(first.timeMs()).isEqualTo(2000);
        assertThat(at(text, first.label())).isEqualTo("[00:00:02] 421PERS :");
        assertThat(at(text, first.speech())).isEqualTo("euh vous devez 🎙 enregistrer");
        assertThat(turns.get(1).timeMs()).isEqualTo((3600 + 120 + 3) * 1000L);
        assertThat(at(text, turns.get(1).speech())).isEqualTo("oui ça va");
    }

    @Test
    void bracesAndUntimedLabels() {
        String text = "{00:01:00} ENQ : vous travaillez où ?\nMARTINE : à Feyzin\nMarie Dupont: à la raffinerie";
        List<Turn> turns = TurnDetector.detect(text, TurnMode.ON);
        assertThat(turns).extracting(Turn::speaker).containsExactly("ENQ", "MARTINE", "Marie Dupont");
        assertThat(turns.get(0).timeMs()).isEqualTo(60_000);
        assertThat(turns.get(1).hasTime()).isFalse();
    }

    @Test
    void proseWithAnOccasionalLabelIsNotATranscript() {
        String text = "Le Code du travail dispose.\nArticle 1 : la durée du travail est fixée.\n"
                + "Les partenaires sociaux négocient.\nLa loi s’applique à tous.\nFin.";
        assertThat(TurnDetector.detect(text, TurnMode.AUTO)).isEmpty();
        assertThat(TurnDetector.detect(text, TurnMode.ON)).hasSize(1);
        assertThat(TurnDetector.detect("ENQ : bonjour\nX : oui", TurnMode.OFF)).isEmpty();
    }

    @Test
    void numberedProseAndOneLineNotesAreNotConversations() {
        assertThat(TurnDetector.detect("Article 1 : le travail.\nArticle 2 : le repos.\nArticle 3 : la paie.",
                TurnMode.AUTO)).isEmpty();
        assertThat(TurnDetector.detect("Observation : un ouvrier à Feyzin.", TurnMode.AUTO)).isEmpty();
        assertThat(TurnDetector.detect("A : oui\nB : non\nA : si", TurnMode.AUTO)).hasSize(3);
    }

    @Test
    void urlsAndTimesAreNotLabels() {
        assertThat(TurnDetector.detect("voir http://example.org\nà 10:30 on part", TurnMode.ON)).isEmpty();
    }

    @Test
    void wrappedLinesContinueTheTurn() {
        String text = "ENQ : une question\nsur deux lignes\n\nOUVRIER : réponse";
        List<Turn> turns = TurnDetector.detect(text, TurnMode.ON);
        assertThat(at(text, turns.getFirst().speech())).isEqualTo("une question\nsur deux lignes");
        assertThat(at(text, turns.get(1).speech())).isEqualTo("réponse");
    }
}
