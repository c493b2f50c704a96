package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.terrain.app.ui.document.DocumentPiece.Role;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;

class DocumentPiecesTest {
    private static final String TRANSCRIPT = """
            # Entretien test
            [00:00:01] ENQ : Vous habitez où ?
            [00:00:04] LÉA : À Feyzin 🏭, près de la raffinerie.
            suite du tour
            [00:00:09] ENQ : Merci.""";

    @Test
    void thePiecesPutTogetherAreTheCanonicalText() {
        List<DocumentPiece> pieces = DocumentPieces.of(transcript(TRANSCRIPT));

        assertThat(pieces.stream().map(DocumentPiece::text).collect(Collectors.joining())).isEqualTo(TRANSCRIPT);
    }

    @Test
    void labelsSpeechAndHeaderNotesAreApart() {
        List<DocumentPiece> pieces = DocumentPieces.of(transcript(TRANSCRIPT));

        assertThat(pieces).contains(
                new DocumentPiece("# Entretien test\n", Role.NOTE),
                new DocumentPiece("[00:00:01] ENQ :", Role.LABEL),
                new DocumentPiece("Vous habitez où ?", Role.INTERVIEWER_SPEECH),
                new DocumentPiece("[00:00:04] LÉA :", Role.LABEL),
                new DocumentPiece("À Feyzin 🏭, près de la raffinerie.\nsuite du tour", Role.SPEECH),
                new DocumentPiece("Merci.", Role.INTERVIEWER_SPEECH));
    }

    @Test
    void theTranscribersNotesAreApartFromTheSpeech() {
        String text = "[00:00:04] LÉA : on riait [rire] bien 🏭 [bb]\n";
        List<DocumentPiece> pieces = DocumentPieces.of(transcript(text));

        assertThat(pieces).containsSubsequence(new DocumentPiece("on riait ", Role.SPEECH),
                new DocumentPiece("[rire]", Role.TRANSCRIBER_NOTE), new DocumentPiece(" bien 🏭 ", Role.SPEECH),
                new DocumentPiece("[bb]", Role.TRANSCRIBER_NOTE));
        assertThat(pieces.stream().map(DocumentPiece::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void proseIsOnePlainPiece() {
        String note = "Arrivée à 7 h.\n\nLe parking est plein.";
        Source source = new Source(1, "g", "note.txt", SourceKind.OBSERVATION, null, note, 1, List.of(), Map.of(),
                Map.of(), Instant.EPOCH);

        assertThat(DocumentPieces.of(source)).containsExactly(new DocumentPiece(note, Role.PLAIN));
    }

    private static Source transcript(String text) {
        return new Source(1, "g", "entretien.txt", SourceKind.INTERVIEW, null, text, 1,
                TurnDetector.detect(text, TurnMode.ON), Map.of(), Map.of(), Instant.EPOCH);
    }
}
