package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.ExchangeStore.Memo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SetInfo;

/** REFI-QDA sets and notes come in as sets and memos, whatever Terrain cannot hold left out and reported. */
class ExchangeSetsAndMemosTest {
    private static final String USER = "00000000-0000-0000-0000-0000000000a1";
    private static final String C1 = "00000000-0000-0000-0000-0000000000c1";
    private static final String C2 = "00000000-0000-0000-0000-0000000000c2";
    private static final String S1 = "00000000-0000-0000-0000-0000000000d1";
    private static final String REPRESENTATION = "00000000-0000-0000-0000-0000000000d2";

    @TempDir
    Path temp;

    private static String note(String n, String attributes, String content) {
        return "<Note guid=\"00000000-0000-0000-0000-0000000000f" + n + "\" " + attributes + "><PlainTextContent>"
                + content + "</PlainTextContent></Note>";
    }

    private static String ref(String element, String n) {
        return "<" + element + " targetGUID=\"00000000-0000-0000-0000-0000000000f" + n + "\"/>";
    }

    /** ATLAS.ti-like: memos on the project, a source, a code, a PDF and a picture, free memos, sets of all. */
    private static String project() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"n\" "
                + "origin=\"ATLAS.ti 8\"><Users><User guid=\"" + USER + "\" name=\"Ana\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + C1 + "\" name=\"Usine\" isCodable=\"true\">" + ref("NoteRef", "3")
                + "</Code><Code guid=\"" + C2 + "\" name=\"Risque\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + S1 + "\" name=\"martine.txt\">"
                + "<PlainTextContent>Bonjour l'usine</PlainTextContent>"
                + "<PlainTextSelection guid=\"00000000-0000-0000-0000-0000000000e1\" startPosition=\"8\" "
                + "endPosition=\"15\"><Coding guid=\"00000000-0000-0000-0000-0000000000e2\"><CodeRef targetGUID=\""
                + C1 + "\"/>" + ref("NoteRef", "4") + "</Coding></PlainTextSelection>" + ref("NoteRef", "2")
                + ref("NoteRef", "8") + "</TextSource>"
                + "<PictureSource guid=\"00000000-0000-0000-0000-0000000000b1\" name=\"usine.jpg\" "
                + "path=\"internal://usine.jpg\">" + ref("NoteRef", "5") + "</PictureSource>"
                + "<PDFSource guid=\"00000000-0000-0000-0000-0000000000b2\" name=\"rapport.pdf\" "
                + "path=\"internal://rapport.pdf\"><Representation guid=\"" + REPRESENTATION + "\" name=\"rapport\">"
                + "<PlainTextContent>Le rapport</PlainTextContent></Representation>" + ref("NoteRef", "6")
                + "</PDFSource></Sources>"
                + "<Notes>"
                + note("1", "name=\"Plan\" creatingUser=\"" + USER + "\" creationDateTime=\"2018-03-27T19:38:46Z\" "
                        + "modifiedDateTime=\"2018-03-27T19:41:09Z\"><Description>journal de bord</Description", "Le plan")
                + note("2", "name=\"Sur Martine\" creationDateTime=\"pas une date\"", "Elle parle vite.&#13;\nTrès vite.")
                + note("3", "", "Le code de l'usine")
                + note("4", "name=\"memo\"", "un mémo de codage")
                + note("5", "name=\"Photo\"", "la photo du quai")
                + note("6", "", "le PDF")
                + note("7", "name=\"Libre\"", "une idée")
                + note("8", "name=\"Double\"", "pour le projet et pour Martine")
                + "</Notes><Sets>"
                + "<Set guid=\"00000000-0000-0000-0000-0000000000a2\" name=\"Usine A\"><Description>le site</Description>"
                + "<MemberCode targetGUID=\"" + C1 + "\"/><MemberSource targetGUID=\"" + S1 + "\"/>"
                + "<MemberSource targetGUID=\"00000000-0000-0000-0000-0000000000b1\"/>"
                + "<MemberSource targetGUID=\"00000000-0000-0000-0000-0000000000b2\"/>" + ref("MemberNote", "1") + "</Set>"
                + "<Set guid=\"00000000-0000-0000-0000-0000000000a3\" name=\"&lt;3\"/>"
                + "<Set guid=\"00000000-0000-0000-0000-0000000000a4\" name=\"Usine A\"><MemberCode targetGUID=\"" + C2
                + "\"/></Set></Sets>" + ref("NoteRef", "1") + ref("NoteRef", "8") + "</Project>";
    }

    private ExchangeService.Outcome importProject(ProjectStore store) throws Exception {
        Path file = temp.resolve("atlas.qde");
        Files.write(file, project().getBytes(StandardCharsets.UTF_8));
        return ExchangeService.importFile(store, file, Long.MAX_VALUE);
    }

    @Test
    void setsKeepTheirCodesAndTextSourcesAndAPdfByItsText() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.Outcome outcome = importProject(store);
            assertThat(store.sets().list()).containsExactly(
                    new SetInfo("<3", null, List.of(), List.of()),
                    new SetInfo("Usine A", "le site", List.of("martine.txt", "rapport"),
                            List.of(CodePath.of("Risque"), CodePath.of("Usine"))));
            assertThat(outcome.warnings()).extracting(ExchangeService.Warning::detail)
                    .contains("2 set member(s): pictures, audio, video, notes")
                    .noneMatch(detail -> detail.contains("Set(s)"));
        }
    }

    @Test
    void notesBecomeMemosOfTheProjectSourcesAndCodesAndFreeNotesJournalEntries() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            importProject(store);
            List<Memo> memos = store.exchange().read().memos();
            assertThat(memos).extracting(m -> m.target() + "|" + m.targetGuid() + "|" + m.title() + "|" + m.body())
                    .containsExactly(
                            "project|null|Plan|journal de bord\n\nLe plan",
                            "source|" + S1 + "|Sur Martine|Elle parle vite.\r\nTrès vite.",
                            "code|" + C1 + "|null|Le code de l'usine",
                            "journal|null|Photo|la photo du quai",
                            "source|" + REPRESENTATION + "|null|le PDF",
                            "journal|null|Libre|une idée",
                            "project|null|Double|pour le projet et pour Martine",
                            "source|" + S1 + "|Double|pour le projet et pour Martine");
            Memo plan = memos.getFirst();
            assertThat(plan.guid()).isEqualTo("00000000-0000-0000-0000-0000000000f1");
            assertThat(plan.author()).isEqualTo("Ana");
            assertThat(plan.createdAt()).isEqualTo("2018-03-27T19:38:46Z");
            assertThat(plan.modifiedAt()).isEqualTo("2018-03-27T19:41:09Z");
            assertThat(memos.get(1).createdAt()).as("no date in the file: the import's time").startsWith("20")
                    .isNotEqualTo("pas une date").isEqualTo(memos.get(1).modifiedAt());
            assertThat(memos.stream().map(Memo::guid).distinct()).as("a note met twice gets a second GUID")
                    .hasSize(memos.size());
            assertThat(store.segments().list(null, null).getFirst().segment().memo())
                    .as("the coding's note stays the segment memo").isEqualTo("un mémo de codage");
        }
    }

    @Test
    void theImportOfSetsAndMemosIsUndoneWithTheRest() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            importProject(store);
            store.undo();
            ExchangeStore.Snapshot after = store.exchange().read();
            assertThat(after.sets()).isEmpty();
            assertThat(after.memos()).isEmpty();
        }
    }

    @Test
    void aSetNamedLikeOneOfTheProjectGetsTheNewMembers() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            store.sets().create("Usine A", "déjà là");
            importProject(store);
            assertThat(store.sets().find("Usine A").orElseThrow().description()).isEqualTo("déjà là");
            assertThat(store.sets().find("Usine A").orElseThrow().sources()).hasSize(2);
        }
    }
}
