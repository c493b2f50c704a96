package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrain.codingschemes.qdc.SafeXml;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.CanonicalText;
import org.w3c.dom.Element;

/** The real REFI-QDA exports of the shared material import whole, with every excerpt on its words. */
class ExchangeSamplesTest {
    private static final String SAMPLES = "interop/refi-qda/samples/";
    private static final long MAX = 256L * 1024 * 1024;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"atlasti-8.4-mac_standard-project.qde", "atlasti-23.2-win_target.qdpx",
            "nvivo-12.6-win_oltas.qdpx", "nvivo-15.0-mac_qc-project.qdpx", "qc-1.3.2_demo.qdpx",
            "taguette-1.4.1_codebook.qdc"})
    void everySampleImportsWithAllItsCodes(String sample) throws Exception {
        Path file = SharedCorpus.file(SAMPLES + sample);
        byte[] qde = qdeOf(file);
        Element root = SafeXml.parse(qde).getDocumentElement();
        Set<String> paths = new HashSet<>();
        Element codes = "CodeBook".equals(SafeXml.local(root)) ? SafeXml.child(root, "Codes")
                : SafeXml.child(SafeXml.child(root, "CodeBook"), "Codes");
        collectPaths(codes, "", paths);
        assertFalse(paths.isEmpty());
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.Outcome outcome = ExchangeService.importFile(store, file, MAX);
            assertEquals(paths.size(), store.codes().list().size(), sample);
            Set<String> imported = new HashSet<>();
            store.codes().list().forEach(c -> imported.add(String.join("/", c.path().names())));
            assertEquals(paths, imported);
            // what came from another tool goes back out valid against the schema
            Path out = temp.resolve("again.qdpx");
            ExchangeService.exportQdpx(store, out);
            Map<String, byte[]> entries = ExchangeService.unzip(Files.readAllBytes(out), "again.qdpx");
            javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newDefaultInstance();
            factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.newSchema(SharedCorpus.file("interop/refi-qda/schema/Project-mrt2019.xsd").toFile()).newValidator()
                    .validate(new javax.xml.transform.stream.StreamSource(
                            new java.io.ByteArrayInputStream(entries.get("project.qde"))));
            if (sample.startsWith("atlasti-8.4")) {
                assertTrue(outcome.warnings().stream().anyMatch(w -> w.code().equals("exchange_missing_source")));
            }
        }
    }

    private static void collectPaths(Element codes, String prefix, Set<String> out) {
        for (Element code : SafeXml.children(codes, "Code")) {
            String path = prefix + code.getAttribute("name").strip();
            out.add(path);
            collectPaths(code, path + "/", out);
        }
    }

    private static byte[] qdeOf(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.toString().endsWith(".qdpx")) {
            return bytes;
        }
        Map<String, byte[]> entries = ExchangeService.unzip(bytes, file.getFileName().toString());
        return entries.entrySet().stream().filter(e -> e.getKey().endsWith(".qde")).findFirst().orElseThrow().getValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nvivo-12.6-win_oltas.qdpx", "qc-1.3.2_demo.qdpx"})
    void everyExcerptIsTheSamplesOwnTextAtItsPositions(String sample) throws Exception {
        Path file = SharedCorpus.file(SAMPLES + sample);
        Map<String, byte[]> entries = ExchangeService.unzip(Files.readAllBytes(file), sample);
        byte[] qde = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".qde")).findFirst().orElseThrow()
                .getValue();
        Element root = SafeXml.parse(qde).getDocumentElement();
        boolean utf16 = sample.startsWith("nvivo");
        Set<List<String>> expected = new HashSet<>();
        int selections = 0;
        for (Element source : SafeXml.children(SafeXml.child(root, "Sources"), "TextSource")) {
            String path = source.getAttribute("plainTextPath").replace("internal://", "");
            byte[] bytes = entries.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("sources/" + path))
                    .findFirst().orElseThrow().getValue();
            String raw = new String(bytes, StandardCharsets.UTF_8);
            if (raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String sourceGuid = org.terrain.codingschemes.qdc.SafeXml.guid(source.getAttribute("guid"));
            for (Element selection : SafeXml.children(source, "PlainTextSelection")) {
                int start = Integer.parseInt(selection.getAttribute("startPosition"));
                int end = Integer.parseInt(selection.getAttribute("endPosition"));
                String excerpt = utf16 ? raw.substring(start, end)
                        : raw.substring(raw.offsetByCodePoints(0, start), raw.offsetByCodePoints(0, end));
                for (Element coding : SafeXml.children(selection, "Coding")) {
                    String code = org.terrain.codingschemes.qdc.SafeXml.guid(SafeXml.child(coding, "CodeRef").getAttribute("targetGUID"));
                    expected.add(List.of(sourceGuid, code, CanonicalText.of(excerpt)));
                    selections++;
                }
            }
        }
        assertTrue(selections > 50, "the sample has codings");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.importFile(store, file, MAX);
            ExchangeStore.Snapshot snapshot = store.exchange().read();
            Map<String, String> texts = new HashMap<>();
            snapshot.sources().forEach(s -> texts.put(s.guid(), s.text()));
            Set<List<String>> actual = new HashSet<>();
            for (ExchangeStore.Segment segment : snapshot.segments()) {
                String text = texts.get(segment.sourceGuid());
                actual.add(List.of(segment.sourceGuid(), segment.codeGuid(), text.substring(
                        text.offsetByCodePoints(0, segment.start()), text.offsetByCodePoints(0, segment.end()))));
            }
            assertEquals(expected, actual);
        }
    }

    /**
     * NVivo dates each coding ({@code creationDateTime} on {@code <Coding>}) and each selection (created,
     * modified): a coding keeps its creation date, and its modification date is its selection's, never before
     * its creation; the codings NVivo repeats on one range (merged into one segment) keep the earliest creation
     * and the latest modification. Before, every coding was dated the moment of the import.
     */
    @Test
    void nvivoCodingsKeepTheirCreationAndModificationDates() throws Exception {
        String sample = "nvivo-12.6-win_oltas.qdpx";
        Path file = SharedCorpus.file(SAMPLES + sample);
        Map<String, byte[]> entries = ExchangeService.unzip(Files.readAllBytes(file), sample);
        byte[] qde = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".qde")).findFirst().orElseThrow()
                .getValue();
        Element root = SafeXml.parse(qde).getDocumentElement();
        Map<String, List<String>> rangeOfCoding = new HashMap<>();
        Map<List<String>, java.time.Instant> created = new HashMap<>();
        Map<List<String>, java.time.Instant> modified = new HashMap<>();
        for (Element source : SafeXml.children(SafeXml.child(root, "Sources"), "TextSource")) {
            for (Element selection : SafeXml.children(source, "PlainTextSelection")) {
                java.time.Instant selectionModified = java.time.Instant.parse(selection.getAttribute("modifiedDateTime"));
                for (Element coding : SafeXml.children(selection, "Coding")) {
                    List<String> range = List.of(SafeXml.guid(source.getAttribute("guid")),
                            SafeXml.guid(SafeXml.child(coding, "CodeRef").getAttribute("targetGUID")),
                            selection.getAttribute("startPosition"), selection.getAttribute("endPosition"));
                    rangeOfCoding.put(SafeXml.guid(coding.getAttribute("guid")), range);
                    java.time.Instant codingCreated = java.time.Instant.parse(coding.getAttribute("creationDateTime"));
                    created.merge(range, codingCreated, (a, b) -> a.isBefore(b) ? a : b);
                    java.time.Instant codingModified = selectionModified.isBefore(codingCreated) ? codingCreated
                            : selectionModified;
                    modified.merge(range, codingModified, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        assertTrue(created.values().stream().distinct().count() > 5, "the sample's codings have various dates");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.importFile(store, file, MAX);
            var segments = store.segments().list(null, null);
            assertEquals(created.size(), segments.size());
            for (var segment : segments) {
                List<String> range = rangeOfCoding.get(segment.segment().guid());
                assertEquals(created.get(range), segment.segment().created(), segment.segment().guid());
                assertEquals(modified.get(range), segment.segment().modified(), segment.segment().guid());
            }
        }
    }

    @Test
    void atlasTiDocumentGroupsBecomeSetsAndItsFreeMemosJournalEntries() throws Exception {
        Path file = SharedCorpus.file(SAMPLES + "atlasti-8.4-mac_standard-project.qde");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.Outcome outcome = ExchangeService.importFile(store, file, MAX);
            Map<String, org.terrain.corpus.store.SetInfo> sets = new HashMap<>();
            store.sets().list().forEach(set -> sets.put(set.name(), set));
            assertEquals(16, sets.size(), sets.keySet().toString());
            assertEquals(List.of("Simon.docx"), sets.get("gender: male").sources());
            assertEquals(List.of("Mabel.txt", "Mabêl 2ième.txt"), sets.get("age: 25").sources(),
                    "names stored composed (NFC), though ATLAS.ti on macOS writes them decomposed");
            store.sources().get("Mabêl 2ième.txt"); // found by the name a user types
            assertEquals(6, sets.get("Text files").sources().size());
            assertEquals(2, sets.get("PDFs").sources().size(), "a PDF is in its sets by its text");
            assertEquals(6, sets.get("Feelings").codes().size());
            assertTrue(sets.get("Video and Audio").sources().isEmpty());
            assertTrue(outcome.warnings().stream().anyMatch(w -> w.detail().startsWith("6 set member(s)")),
                    outcome.warnings().toString());
            List<ExchangeStore.Memo> memos = store.exchange().read().memos();
            assertEquals(List.of("Research Plan", "My favorite Coke ad"), memos.stream().map(ExchangeStore.Memo::title)
                    .toList());
            ExchangeStore.Memo plan = memos.getFirst();
            assertEquals(ExchangeStore.Memo.JOURNAL, plan.target());
            assertEquals("day to day log about this amazing project\n\nThis is a great project by a dynamic team of "
                    + "researcher-developers. ", plan.body());
            assertEquals("Friedrich Markgraf", plan.author());
            assertEquals("2018-03-27T19:38:46Z", plan.createdAt());
            assertEquals("2018-03-27T19:41:09Z", plan.modifiedAt());
        }
    }

    @Test
    void aQdpxImportIsOneActionUndoneAtOnce() throws Exception {
        Path file = SharedCorpus.file(SAMPLES + "qc-1.3.2_demo.qdpx");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.importFile(store, file, MAX);
            assertEquals(2, store.sources().names().size());
            assertFalse(store.segments().list(null, null).isEmpty());
            assertTrue(store.backups().newest().isPresent());
            ExchangeService.Outcome again = ExchangeService.importFile(store, file, MAX);
            assertEquals("already_imported", again.warnings().getFirst().code());
            assertEquals(2, store.sources().names().size());
            store.undo();
            assertTrue(store.sources().names().isEmpty());
            assertTrue(store.codes().list().isEmpty());
        }
    }

    @Test
    void aBareQdeWithoutNamespaceWithBomReadsItsSourcesBesideIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("export/Sources"));
        // NFD, CRLF and a BOM in the source; positions as NVivo counts them (UTF-16, CRLF as 2, BOM not counted)
        String raw = "\uFEFFLigne 🙂\r\ncafe\u0301 noir";
        Files.write(folder.resolve("doc.txt"), raw.getBytes(StandardCharsets.UTF_8));
        String body = raw.substring(1);
        int start = body.indexOf("cafe");
        String qde = "\uFEFF<Project name=\"n\" origin=\"NVivo 14\"><CodeBook><Codes><Code guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" "
                + "name=\" Boisson \" isCodable=\"true\" color=\"#abc\"/></Codes></CodeBook><Sets/><Sources>"
                + "<TextSource guid=\"BBBBBBBB-0000-0000-0000-000000000001\" name=\"doc\" plainTextPath=\"doc.txt\">"
                + "<PlainTextSelection guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"\" startPosition=\"" + start
                + "\" endPosition=\"" + (start + 5) + "\"><Coding guid=\"DDDDDDDD-0000-0000-0000-000000000001\">"
                + "<CodeRef targetGUID=\"aaaaaaaa-0000-0000-0000-000000000001\"/></Coding></PlainTextSelection>"
                + "<PlainTextSelection guid=\"CCCCCCCC-0000-0000-0000-000000000002\" name=\"\" startPosition=\"" + start
                + "\" endPosition=\"" + (start + 5) + "\"><Coding guid=\"DDDDDDDD-0000-0000-0000-000000000002\">"
                + "<CodeRef targetGUID=\"AAAAAAAA-0000-0000-0000-000000000001\"/></Coding></PlainTextSelection>"
                + "</TextSource></Sources></Project>";
        Path file = temp.resolve("export/project.qde");
        Files.write(file, qde.getBytes(StandardCharsets.UTF_8));
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ExchangeService.Outcome outcome = ExchangeService.importFile(store, file, MAX);
            assertTrue(outcome.warnings().isEmpty(), outcome.warnings().toString());
            assertEquals("Ligne 🙂\ncafé noir", store.sources().get("doc").text());
            var segments = store.segments().list(null, null);
            assertEquals(1, segments.size(), "one selection per coding, merged");
            assertEquals("café", segments.getFirst().text());
            assertEquals("#AABBCC", store.codes().list().getFirst().code().color());
            assertEquals("Boisson", store.codes().list().getFirst().code().name());
        }
    }

    @Test
    void zipBombsAndEscapingEntriesAreRefusedOrIgnored() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../evil.qde"));
            zip.write("<Project name='x'/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> ExchangeService.unzip(bytes.toByteArray(), "bomb.qdpx"));
        assertEquals("zip_bomb", e.code());
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path qde = temp.resolve("x.qde");
        Files.writeString(qde, "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>");
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p", "test")) {
            ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                    () -> ExchangeService.importFile(store, qde, MAX));
            assertEquals("exchange_invalid", e.code());
            assertTrue(store.sources().names().isEmpty());
        }
    }

}
