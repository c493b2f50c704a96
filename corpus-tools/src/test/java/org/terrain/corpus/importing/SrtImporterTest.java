package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CanonicalText;

class SrtImporterTest {
    private final SrtImporter importer = new SrtImporter();

    private ImportedDocument read(byte[] bytes) {
        return importer.read(Path.of("sous-titres.srt"), bytes, ImportOptions.defaults());
    }

    private ImportedDocument read(String srt) {
        return read(srt.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whisperSrtWithBomAndCrlf() {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:03,200\r\nOn a commencé à l’usine\r\nen 1998.\r\n\r\n"
                + "2\r\n00:00:03,500 --> 00:00:05,000\r\nÇa a été dur.\r\n\r\n";
        ImportedDocument document = read(srt);
        assertThat(document.text()).isEqualTo("""
                [00:00:01] LOCUTEUR : On a commencé à l’usine en 1998.
                [00:00:03] LOCUTEUR : Ça a été dur.
                """);
        assertThat(CanonicalText.isCanonical(document.text())).isTrue();
        assertThat(document.turns()).isEqualTo(TurnDetector.detect(document.text(), TurnMode.ON));
    }

    @Test
    void diarisedSpeakerPrefixes() {
        ImportedDocument document = read("""
                1
                00:00:00,500 --> 00:00:02,000
                [SPEAKER_00]: Vous êtes arrivée quand ?

                2
                00:00:02,100 --> 00:00:04,000
                SPEAKER_01: En soixante-huit.

                3
                01:00:04,999 --> 01:00:06,000
                [SPEAKER_01] Juste après les grèves.
                """);
        assertThat(document.text()).isEqualTo("""
                [00:00:00] SPEAKER_00 : Vous êtes arrivée quand ?
                [00:00:02] SPEAKER_01 : En soixante-huit.
                [01:00:04] SPEAKER_01 : Juste après les grèves.
                """);
        assertThat(document.turns()).extracting(Turn::timeMs).containsExactly(0L, 2000L, 3_604_000L);
    }

    @Test
    void dialogueDashesNamesAndMarkup() {
        ImportedDocument document = read("""
                1
                00:00:01,000 --> 00:00:04,000
                {\\an8}- ENQ : Et le travail ?
                - MARTINE : <i>Dur</i>, <font color="#ffff00">très dur</font>.

                2
                00:00:04,000 --> 00:00:06,000
                - MARTINE : Mais on était ensemble.
                - Oui.

                3
                00:00:07,000 --> 00:00:08,000
                ENQ : D’accord.
                """);
        assertThat(document.text()).isEqualTo("""
                [00:00:01] ENQ : Et le travail ?
                [00:00:01] MARTINE : Dur, très dur.
                [00:00:04] MARTINE : Mais on était ensemble.
                [00:00:04] LOCUTEUR : Oui.
                [00:00:07] ENQ : D’accord.
                """);
    }

    @Test
    void latin1SubtitlesKeepTheirAccents() {
        byte[] bytes = "1\n00:00:02,000 --> 00:00:03,000\nL’œuvre a été dure… à l’usine\n"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(read(bytes).text()).isEqualTo("[00:00:02] LOCUTEUR : L’œuvre a été dure… à l’usine\n");
    }

    @Test
    void cueNumbersWithoutBlankLinesAreNotSpeech() {
        assertThat(read("1\n00:00:01,000 --> 00:00:02,000\nbonjour\nà tous\n2\n00:00:02,000 --> 00:00:03,000\noui\n")
                .text()).isEqualTo("[00:00:01] LOCUTEUR : bonjour à tous\n[00:00:02] LOCUTEUR : oui\n");
    }

    @Test
    void badInputIsRefusedWithItsReason() {
        assertThatThrownBy(() -> read(new byte[0]))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("empty_file"));
        assertThatThrownBy(() -> read("juste du texte\nsans horodatage\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("subtitle_no_cue"));
        assertThatThrownBy(() -> read("1\n00:00:01 -> 00:00:02\nsans flèche de cue\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("subtitle_no_cue"));
        assertThatThrownBy(() -> read("1\n00:00:01.000 --> bientôt\nmal\n\n2\n1:2:3,4 --> 5\nmal\n"))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.code()).isEqualTo("subtitle_bad_times"));
    }
}
