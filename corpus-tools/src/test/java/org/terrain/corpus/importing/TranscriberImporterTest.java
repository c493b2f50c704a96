package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.CanonicalText;
import org.terrain.corpus.text.CodePointIndex;

class TranscriberImporterTest {
    private final TranscriberImporter importer = new TranscriberImporter();

    /** A small Transcriber file: a DTD that does not exist, an overlap, a noise, a pronunciation, ’ and œ. */
    private static String fixture(String encoding) {
        return """
                <?xml version="1.0" encoding="%s"?>
                <!DOCTYPE Trans SYSTEM "trans-14.dtd">
                <Trans scribe="Dupont" audio_filename="entretien_07" version="3" version_date="240101">
                <Speakers>
                <Speaker id="spk1" name="ENQ" check="no" dialect="native" accent="" scope="local"/>
                <Speaker id="spk2" name="MARTINE" check="no" dialect="native" accent="" scope="local"/>
                </Speakers>
                <Episode>
                <Section type="report" startTime="0" endTime="20">
                <Turn startTime="0" endTime="1.5">
                <Sync time="0"/>
                </Turn>
                <Turn speaker="spk1" startTime="1.5" endTime="4.999">
                <Sync time="1.5"/>
                vous travaillez à l’usine
                <Sync time="3.2"/>
                depuis longtemps ?
                </Turn>
                <Turn speaker="spk2 spk1" startTime="4.999" endTime="6">
                <Sync time="4.999"/>
                <Who nb="1"/>
                oui ça a été
                <Who nb="2"/>
                hm hm
                <Sync time="5.5"/>
                <Who nb="1"/>
                mon œuvre
                <Who nb="2"/>
                </Turn>
                <Turn speaker="spk2" startTime="3725.9" endTime="3730">
                <Sync time="3725.9"/>
                <Event desc="rire" type="noise" extent="instantaneous"/>
                c'est <Event desc="pécunier" type="pronounce" extent="instantaneous"/>pécuniaire
                <Event desc="b" type="noise" extent="begin"/>
                voilà<Event desc="bb" type="noise" extent="instantaneous"/>bien
                <Comment desc="inaudible"/>
                </Turn>
                </Section>
                </Episode>
                </Trans>
                """.formatted(encoding).replace("\n", "\r\n");
    }

    private static final String EXPECTED_FIXTURE_TEXT = """
            # Transcription : entretien.trs
            # Rendu texte brut dérivé du fichier Transcriber (.trs) : un tour de parole par ligne, [hh:mm:ss] LOCUTEUR : texte
            # Locuteurs : spk1=ENQ, spk2=MARTINE

            [00:00:01] ENQ : vous travaillez à l’usine depuis longtemps ?
            [00:00:04] MARTINE : oui ça a été mon œuvre
            [00:00:04] ENQ : hm hm
            [01:02:05] MARTINE : [rire] c'est pécuniaire voilà [bb] bien
            """;

    private ImportedDocument read(String fileName, byte[] bytes) {
        return importer.read(Path.of(fileName), bytes, ImportOptions.defaults());
    }

    private static String at(String text, Span span) {
        return new CodePointIndex(text).substring(span.start(), span.end());
    }

    @Test
    void latin1DeclaredFileIsReadAsWindows1252() {
        byte[] bytes = fixture("ISO-8859-1").getBytes(Charset.forName("windows-1252"));
        ImportedDocument document = read("entretien.trs", bytes);
        assertThat(document.text()).isEqualTo(EXPECTED_FIXTURE_TEXT);
    }

    @Test
    void utf8FileGivesTheSameText() {
        ImportedDocument document = read("entretien.trs", fixture("UTF-8").getBytes(StandardCharsets.UTF_8));
        assertThat(document.text()).isEqualTo(EXPECTED_FIXTURE_TEXT);
    }

    @Test
    void utf8DeclaredButSavedInLatin1IsStillRead() {
        byte[] bytes = fixture("UTF-8").getBytes(Charset.forName("windows-1252"));
        assertThat(read("entretien.trs", bytes).text()).isEqualTo(EXPECTED_FIXTURE_TEXT);
    }

    /** Before, one bad byte sent the whole transcript to windows-1252: « Ã§a » everywhere. */
    @Test
    void aUtf8TranscriptWithOneBadByteKeepsItsAccents() throws IOException {
        byte[] clean = Files.readAllBytes(SharedCorpus.file("corpus/interviews/ESLO1_INTPERS_414_C.trs"));
        String xml = new String(clean, StandardCharsets.UTF_8);
        int at = xml.substring(0, xml.indexOf(" ça ")).getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] bad = new byte[clean.length + 1];
        System.arraycopy(clean, 0, bad, 0, at);
        bad[at] = (byte) 0xFF;
        System.arraycopy(clean, at, bad, at + 1, clean.length - at);

        String text = read("ESLO1_INTPERS_414_C.trs", bad).text();
        assertThat(text).doesNotContain("Ã").contains("\uFFFDça");
        assertThat(text.replace("\uFFFD", "")).isEqualTo(read("ESLO1_INTPERS_414_C.trs", clean).text());
    }

    @Test
    void turnsCarrySpeakerNameTimeAndSpans() {
        ImportedDocument document = read("entretien.trs", fixture("UTF-8").getBytes(StandardCharsets.UTF_8));
        List<Turn> turns = document.turns();
        assertThat(turns).extracting(Turn::speaker).containsExactly("ENQ", "MARTINE", "ENQ", "MARTINE");
        assertThat(turns).extracting(Turn::timeMs).containsExactly(1000L, 4000L, 4000L, 3725000L);
        assertThat(turns).extracting(Turn::ordinal).containsExactly(0, 1, 2, 3);
        assertThat(at(document.text(), turns.get(1).label())).isEqualTo("[00:00:04] MARTINE :");
        assertThat(at(document.text(), turns.get(1).speech())).isEqualTo("oui ça a été mon œuvre");
        assertThat(document.turns()).isEqualTo(TurnDetector.detect(document.text(), TurnMode.ON));
    }

    @Test
    void metadataNamesScribeAndAudio() {
        ImportedDocument document = read("entretien.trs", fixture("UTF-8").getBytes(StandardCharsets.UTF_8));
        assertThat(document.metadata()).containsEntry("scribe", "Dupont").containsEntry("audio", "entretien_07");
    }

    @Test
    void externalEntityIsNeitherReadNorFollowed() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Trans [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Trans><Speakers><Speaker id="s" name="A"/></Speakers>
                <Episode><Section><Turn speaker="s" startTime="0"><Sync time="0"/>avant &x; après</Turn></Section>
                </Episode></Trans>
                """;
        assertThatThrownBy(() -> read("piege.trs", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("xml_entity");
                    assertThat(e.getMessage()).contains("piege.trs", "x").doesNotContain("root:");
                });
    }

    /**
     * XML forbids an external entity in an attribute, so the parser stopped with « not well-formed (line 5…) »,
     * which sent the researcher looking for a typo; and a transcript naming a DTD took such an attribute for
     * empty. Either way the entity is now named, as for a Word or OpenDocument file.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "<Turn speaker=\"s\" startTime=\"0\"><Event desc=\"&xxe;\"/>bonjour</Turn>",
        "<Turn speaker=\"&xxe;\" startTime=\"0\">bonjour</Turn>",
        "<Turn speaker=\"s\" startTime=\"0\">bonjour &xxe;</Turn>"})
    void anExternalEntityIsNamedWhereverItIsUsed(String turn) {
        for (String doctype : new String[] {"<!DOCTYPE Trans [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>",
            "<!DOCTYPE Trans SYSTEM \"trans-14.dtd\" [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"}) {
            String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n" + doctype + "\r\n<Trans>\r\n"
                    + "<Speakers><Speaker id=\"s\" name=\"A\"/></Speakers>\r\n<Episode><Section>" + turn
                    + "</Section></Episode></Trans>\r\n";
            assertThatThrownBy(() -> read("piege.trs", xml.getBytes(StandardCharsets.ISO_8859_1)))
                    .as(doctype + turn).isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.code()).isEqualTo("xml_entity");
                        assertThat(e.args()).containsExactly("piege.trs", "xxe");
                        assertThat(e.getMessage()).contains("&xxe;").doesNotContain("root:");
                    });
        }
    }

    @Test
    void theDtdIsNeverRead(@TempDir Path dir) throws IOException {
        // were the DTD read, &secret; would be defined by it and expand to the file's content
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE");
        Files.writeString(dir.resolve("trans-14.dtd"), "<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Trans SYSTEM "%s">
                <Trans><Turn speaker="s" startTime="0">voici &secret;</Turn></Trans>
                """.formatted(dir.resolve("trans-14.dtd").toUri());
        assertThatThrownBy(() -> read("a.trs", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("xml_entity");
                    assertThat(e.getMessage()).doesNotContain("MOT-DE-PASSE");
                });
    }

    @Test
    void unreachableDtdAndParameterEntitiesAreNotFetched() {
        // port 9 (discard) refuses at once: a parser that fetched either would fail, not import
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Trans SYSTEM "http://127.0.0.1:9/trans-14.dtd" [
                <!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;
                ]>
                <Trans><Turn speaker="s" startTime="0">bonjour</Turn></Trans>
                """;
        assertThat(read("a.trs", xml.getBytes(StandardCharsets.UTF_8)).text()).endsWith("[00:00:00] s : bonjour\n");
    }

    @Test
    void declaredButUnusedExternalEntityIsHarmless() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Trans [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Trans><Turn speaker="s" startTime="0">bonjour</Turn></Trans>
                """;
        assertThat(read("a.trs", xml.getBytes(StandardCharsets.UTF_8)).text())
                .endsWith("[00:00:00] s : bonjour\n").doesNotContain("root:");
    }

    @Test
    void malformedXmlSaysWhere() {
        String xml = "<?xml version=\"1.0\"?>\n<Trans>\n<Turn speaker=\"s\">oui</Trun>\n</Trans>";
        assertThatThrownBy(() -> read("casse.trs", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("xml_malformed");
                    assertThat(e.args()).startsWith("casse.trs", 3); // then the column, as the parser counts it
                });
    }

    @Test
    void otherXmlIsNotATranscript() {
        assertThatThrownBy(() -> read("a.trs", "<?xml version=\"1.0\"?><html/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("not_transcriber"));
    }

    @Test
    void transcriptWithoutSpeechIsRefused() {
        String xml = "<Trans><Episode><Section><Turn startTime=\"0\"><Sync time=\"0\"/></Turn></Section></Episode></Trans>";
        assertThatThrownBy(() -> read("vide.trs", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.code()).isEqualTo("transcript_no_speech"));
        assertThatThrownBy(() -> read("vide.trs", new byte[0]))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.code()).isEqualTo("empty_file"));
    }

    /** The acceptance check: each ESLO .trs gives the turns, and the very text, of its published .txt twin. */
    @ParameterizedTest
    @ValueSource(strings = {"ESLO1_INTPERS_421_C", "ESLO1_INTPERS_414_C", "ESLO1_INTPERS_420_C", "ESLO1_ENT_002_C"})
    void esloTranscriptMatchesItsPlainTextTwin(String name) throws IOException {
        Path trs = SharedCorpus.file("corpus/interviews/" + name + ".trs");
        Path txt = SharedCorpus.file("corpus/interviews/" + name + ".txt");
        ImportedDocument document = importer.read(trs, Files.readAllBytes(trs), ImportOptions.defaults());
        String twin = CanonicalText.of(Files.readString(txt, StandardCharsets.UTF_8));
        List<Turn> expected = TurnDetector.detect(twin, TurnMode.ON);

        assertThat(document.text()).doesNotContain("\r").contains("ça", "été");
        assertThat(CanonicalText.isCanonical(document.text())).isTrue();
        assertThat(said(document.text(), document.turns())).containsExactlyElementsOf(said(twin, expected));
        assertThat(document.text()).isEqualTo(twin);
        assertThat(document.turns()).isEqualTo(expected);
    }

    private record Said(String speaker, long timeMs, String speech) {
    }

    private static List<Said> said(String text, List<Turn> turns) {
        return turns.stream().map(t -> new Said(t.speaker(), t.timeMs(), at(text, t.speech()))).toList();
    }
}
