package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CodePointIndex;

class WebVttImporterTest {
    private final WebVttImporter importer = new WebVttImporter();

    private ImportedDocument read(String vtt) {
        return importer.read(Path.of("captions.vtt"), vtt.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    @Test
    void zoomNamesBeforeTheText() {
        ImportedDocument document = read("""
                WEBVTT

                1
                00:00:01.500 --> 00:00:04.200
                Martine Dupont: Bonjour, vous travaillez à l’usine ?

                2
                00:00:04.800 --> 00:00:07.000
                Paul Martin: Oui, depuis 1998.

                3
                00:00:07.100 --> 00:00:09.900
                Martine Dupont: Et ça a changé ?
                """);
        assertThat(document.text()).isEqualTo("""
                [00:00:01] Martine Dupont : Bonjour, vous travaillez à l’usine ?
                [00:00:04] Paul Martin : Oui, depuis 1998.
                [00:00:07] Martine Dupont : Et ça a changé ?
                """);
        assertThat(document.turns()).extracting(Turn::speaker)
                .containsExactly("Martine Dupont", "Paul Martin", "Martine Dupont");
        assertThat(document.turns()).extracting(Turn::timeMs).containsExactly(1000L, 4000L, 7000L);
        Turn second = document.turns().get(1);
        assertThat(new CodePointIndex(document.text()).substring(second.speech().start(), second.speech().end()))
                .isEqualTo("Oui, depuis 1998.");
        assertThat(document.turns()).as("the rendering reads back as the same turns")
                .isEqualTo(TurnDetector.detect(document.text(), TurnMode.ON));
    }

    @Test
    void voiceTagsNotesStylesAndEntities() {
        ImportedDocument document = read("""
                WEBVTT - entretien

                STYLE
                ::cue(v[voice="Martine"]) { color: yellow }

                NOTE relu par l’équipe
                sur deux lignes

                intro
                00:00:00.000 --> 00:00:03.500 align:start position:10%
                <v Martine>Bonjour &amp; bienvenue,
                <i>c’est</i> enregistré</v>

                00:00:03.500 --> 00:00:05.000
                <v.loud Paul>Ah oui&nbsp;!</v> <v Martine>Très bien.</v>

                01:05.999 --> 01:07.000
                <c.yellow>Sans voix</c> &lt;3 &#8230;
                """);
        assertThat(document.text()).isEqualTo("""
                [00:00:00] Martine : Bonjour & bienvenue, c’est enregistré
                [00:00:03] Paul : Ah oui\u00A0!
                [00:00:03] Martine : Très bien.
                [00:01:05] LOCUTEUR : Sans voix <3 …
                """);
    }

    @Test
    void youTubeRollUpCaptionsAreReadOnce() {
        ImportedDocument document = read("""
                WEBVTT
                Kind: captions
                Language: fr

                00:00:00.080 --> 00:00:02.270 align:start position:0%
                \s
                bonjour<00:00:00.480><c> à</c><00:00:00.900><c> tous</c>

                00:00:02.270 --> 00:00:02.280 align:start position:0%
                bonjour à tous
                \s

                00:00:02.280 --> 00:00:05.000 align:start position:0%
                bonjour à tous
                on<00:00:02.600><c> parle</c><00:00:03.000><c> de</c><00:00:03.400><c> l'usine</c>

                00:00:05.000 --> 00:00:05.010 align:start position:0%
                on parle de l'usine
                \s

                00:00:05.010 --> 00:00:08.000 align:start position:0%
                on parle de l'usine
                >> et vous<00:00:05.500><c> ?</c>
                """);
        assertThat(document.text()).isEqualTo("""
                [00:00:00] LOCUTEUR : bonjour à tous
                [00:00:02] LOCUTEUR : on parle de l'usine
                [00:00:05] LOCUTEUR : et vous ?
                """);
    }

    @Test
    void rollUpCaptionsWithVoiceTags() {
        ImportedDocument document = read("""
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v ENQ>vous êtes arrivée quand ?

                00:00:03.000 --> 00:00:06.000
                <v ENQ>vous êtes arrivée quand ?</v>
                <v Martine>en soixante-huit

                00:00:06.000 --> 00:00:09.000
                <v Martine>en soixante-huit</v>
                <v Martine>juste après les grèves
                """);
        assertThat(document.text()).isEqualTo("""
                [00:00:01] ENQ : vous êtes arrivée quand ?
                [00:00:03] Martine : en soixante-huit
                [00:00:06] Martine : juste après les grèves
                """);
    }

    @Test
    void whisperCuesWithoutSpeakerKeepEachCueAndItsTime() {
        ImportedDocument document = read("""
                WEBVTT

                00:00.000 --> 00:04.000
                Non.

                00:04.000 --> 00:05.500
                Non.

                00:05.500 --> 00:09.000
                Résultat : rien n’a changé.
                """);
        assertThat(document.text()).as("a repeated line is speech when the file does not roll")
                .isEqualTo("""
                        [00:00:00] LOCUTEUR : Non.
                        [00:00:04] LOCUTEUR : Non.
                        [00:00:05] LOCUTEUR : Résultat : rien n’a changé.
                        """);
    }

    @Test
    void noCueIsRefused() {
        assertThatThrownBy(() -> read("WEBVTT\n\nNOTE rien ici\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("subtitle_no_cue"));
    }

    @Test
    void unreadableTimesEverywhereAreRefusedWithTheFirstPlace() {
        assertThatThrownBy(() -> read("WEBVTT\n\n00:00:xx --> 00:00:02.000\nbonjour\n\n00:61.000 --> 00:62.000\noui\n"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("subtitle_bad_times");
                    assertThat(e.args()).containsExactly("captions.vtt", 2, 3, "00:00:xx --> 00:00:02.000");
                });
    }

    @Test
    void aCueWithAnUnreadableTimeIsSkippedAndTheOthersKept() {
        assertThat(read("WEBVTT\n\n00:00:xx --> 00:00:02.000\nperdu\n\n00:00:03.000 --> 00:00:04.000\ngardé\n").text())
                .isEqualTo("[00:00:03] LOCUTEUR : gardé\n");
    }

    @Test
    void cuesWithoutTextAreNoSpeech() {
        assertThatThrownBy(() -> read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<c> </c>\n"))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.code()).isEqualTo("transcript_no_speech"));
    }
}
