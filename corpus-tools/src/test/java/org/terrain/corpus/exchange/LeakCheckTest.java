package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.exchange.LeakCheck.Leak;

/**
 * The leak check plants a name in each format an export writes and must find it — and must not flag a longer word
 * that only begins like a name ({@code Martinez}, {@code Feyzinois}): a check that cannot fail either way proves
 * nothing.
 */
class LeakCheckTest {
    private static final List<String> ORIGINALS = List.of("Martine", "Feyzin", "Hélène", "Saint-Fons",
            "Martine Dupuis");

    @TempDir
    Path dir;

    @Test
    void findsANameInPlainTextAndCsvWithContext() throws IOException {
        Path txt = write("a.txt", "Bonjour.\nMARTINE : j'ai grandi à Feyzin, près de la raffinerie.\n");
        Path csv = write("b.csv", "source;code;texte\nentretien;Travail;\"elle parle d'Helene\"\n");

        List<Leak> inTxt = LeakCheck.scan(txt, ORIGINALS);
        assertThat(originals(inTxt)).containsExactlyInAnyOrder("Martine", "Feyzin");
        Leak feyzin = inTxt.stream().filter(l -> l.original().equals("Feyzin")).findFirst().orElseThrow();
        assertThat(feyzin.file()).isEqualTo(txt.toString());
        assertThat(feyzin.entry()).isNull();
        assertThat(feyzin.context()).contains("grandi à Feyzin, près").doesNotContain("\n");
        assertThat(originals(LeakCheck.scan(csv, ORIGINALS))).containsExactly("Hélène");
    }

    @Test
    void aLongerWordThatBeginsLikeANameIsNoLeak() throws IOException {
        Path clean = write("clean.txt", "M. Martinez habite Feyzinois-les-Bains ; les Feyzinois et Martineau, "
                + "Saint-Fonsien. Hélènette.");
        assertThat(LeakCheck.scan(clean, ORIGINALS)).isEmpty();

        Path same = write("same.txt", "Martinez et Martine.");
        assertThat(originals(LeakCheck.scan(same, ORIGINALS))).containsExactly("Martine");
    }

    @Test
    void findsANameInXmlTextAndAttributesWhateverItsEscapes() throws IOException {
        Path numeric = write("a.xml", "<?xml version=\"1.0\"?><TEI><u who=\"#spk1\">chez H&#233;l&#xE8;ne</u></TEI>");
        Path attribute = write("b.xml", "<?xml version=\"1.0\"?><TEI><person name=\"Fe&#121;zin\"/></TEI>");
        Path named = write("c.xml", "<TEI><u>chez H&eacute;l&egrave;ne</u></TEI>"); // not well-formed without a DTD
        Path withDtd = write("d.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY who \"Martine\">]><x>&who;</x>");

        assertThat(originals(LeakCheck.scan(numeric, ORIGINALS))).containsExactly("Hélène");
        assertThat(originals(LeakCheck.scan(attribute, ORIGINALS))).containsExactly("Feyzin");
        assertThat(originals(LeakCheck.scan(named, ORIGINALS))).containsExactly("Hélène");
        assertThat(originals(LeakCheck.scan(withDtd, ORIGINALS))).containsExactly("Martine");
    }

    @Test
    void xmlExternalEntitiesAreNeverRead() throws IOException {
        Path secret = write("secret.txt", "Martine");
        Path xxe = write("x.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]><x>&s;</x>");
        assertThat(LeakCheck.scan(xxe, ORIGINALS)).isEmpty(); // the secret file's name is no original
    }

    @Test
    void findsANameInHtmlAndJson() throws IOException {
        Path html = write("r.html", "<!DOCTYPE html><html><body><p>Entretien avec <b>Mar</b>tine&nbsp;Dupuis"
                + "<p class=x>H&eacute;l&egrave;ne<br></body></html>");
        Path json = write("s.json", "{\"leaks\":[{\"speaker\":\"H\\u00e9l\\u00e8ne\",\"place\":\"Fey\\u007ain\"}]}");

        assertThat(originals(LeakCheck.scan(html, ORIGINALS))).containsExactlyInAnyOrder("Martine Dupuis", "Hélène");
        assertThat(originals(LeakCheck.scan(json, ORIGINALS))).containsExactlyInAnyOrder("Hélène", "Feyzin");
    }

    @Test
    void findsANameADocxSplitAcrossRunsAndOneInItsMetadata() throws IOException {
        Path docx = zip("q.docx", Map.of(
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>"
                        + "Entretien avec Mar</w:t></w:r><w:proofErr/><w:r><w:rPr><w:b/></w:rPr><w:t>tine"
                        + "</w:t></w:r></w:p><w:p><w:r><w:t>Fin</w:t></w:r></w:p></w:body></w:document>",
                "docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\">"
                        + "<dc:creator>Hélène</dc:creator></cp:coreProperties>"));

        List<Leak> leaks = LeakCheck.scan(docx, ORIGINALS);
        assertThat(entries(leaks)).containsEntry("Martine", "word/document.xml")
                .containsEntry("Hélène", "docProps/core.xml");
        assertThat(leaks.stream().filter(l -> "Martine".equals(l.original())).findFirst().orElseThrow().context())
                .contains("Entretien avec Martine");
    }

    @Test
    void paragraphsOfADocxAreNotGluedIntoAName() throws IOException {
        Path docx = zip("q.docx", Map.of("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\">"
                + "<w:body><w:p><w:r><w:t>Mar</w:t></w:r></w:p><w:p><w:r><w:t>tine</w:t></w:r></w:p></w:body>"
                + "</w:document>"));
        assertThat(LeakCheck.scan(docx, ORIGINALS)).isEmpty();
    }

    @Test
    void findsANameInAnOdtsMetaXml() throws IOException {
        Path odt = zip("q.odt", Map.of(
                "mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"o\" xmlns:text=\"t\">"
                        + "<office:body><office:text><text:p>Rien ici</text:p></office:text></office:body>"
                        + "</office:document-content>",
                "meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"o\" xmlns:meta=\"m\">"
                        + "<office:meta><meta:initial-creator>Martine Dupuis</meta:initial-creator></office:meta>"
                        + "</office:document-meta>"));
        assertThat(entries(LeakCheck.scan(odt, ORIGINALS))).containsExactly(Map.entry("Martine Dupuis", "meta.xml"));
    }

    @Test
    void findsANameInXlsxSharedStringsSplitInRichTextRuns() throws IOException {
        Path xlsx = zip("s.xlsx", Map.of("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"s\">"
                + "<si><t>source</t></si><si><r><t>à Fey</t></r><r><rPr><b/></rPr><t>zin</t></r></si></sst>",
                "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet><sheetData><row><c t=\"s\"><v>0</v></c>"
                        + "<c t=\"s\"><v>1</v></c></row></sheetData></worksheet>"));
        assertThat(entries(LeakCheck.scan(xlsx, ORIGINALS))).containsExactly(Map.entry("Feyzin", "xl/sharedStrings.xml"));
    }

    @Test
    void findsANameInAQdpxSourceAndInAnEntryName() throws IOException {
        Path qdpx = zip("p.qdpx", Map.of(
                "project.qde", "<?xml version=\"1.0\"?><Project><Sources><TextSource name=\"entretien\" "
                        + "plainTextPath=\"internal://a.txt\"/></Sources></Project>",
                "sources/a.txt", "Elle vit à Saint-Fons depuis vingt ans.",
                "sources/entretien-feyzin.txt", "rien"));

        List<Leak> leaks = LeakCheck.scan(qdpx, ORIGINALS);
        assertThat(leaks).extracting(Leak::original, Leak::entry).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Saint-Fons", "sources/a.txt"),
                org.assertj.core.groups.Tuple.tuple("Feyzin", "sources/entretien-feyzin.txt"));
    }

    @Test
    void findsANameInAZipInsideAZip() throws IOException {
        byte[] inner = zipBytes(Map.of("notes/memo.txt", "Martine a dit…"));
        Path outer = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(outer))) {
            out.putNextEntry(new ZipEntry("projet.qdpx"));
            out.write(inner);
            out.closeEntry();
        }
        assertThat(entries(LeakCheck.scan(outer, ORIGINALS)))
                .containsExactly(Map.entry("Martine", "projet.qdpx!/notes/memo.txt"));
    }

    @Test
    void findsANameInAFileOrFolderNameUnderAFolder() throws IOException {
        Path folder = dir.resolve("export");
        Files.createDirectories(folder.resolve("saint-fons"));
        Files.writeString(folder.resolve("saint-fons").resolve("entretien-martine.txt"), "rien à signaler");
        Files.writeString(folder.resolve("propre.txt"), "rien");

        List<Leak> leaks = LeakCheck.scan(folder, ORIGINALS);
        assertThat(originals(leaks)).containsExactlyInAnyOrder("Martine", "Saint-Fons");
        assertThat(leaks).allSatisfy(l -> {
            assertThat(l.file()).endsWith("entretien-martine.txt");
            assertThat(l.entry()).isNull();
        });
    }

    @Test
    void readsEveryTextCellOfAReviewPackage() throws Exception {
        Path pack = dir.resolve("revue.terrain-review");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + pack);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE excerpts(id INTEGER PRIMARY KEY, text TEXT, context BLOB)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO excerpts(text, context) VALUES (?, ?)")) {
                insert.setString(1, "rien");
                insert.setBytes(2, "à Feyzin".getBytes(StandardCharsets.UTF_8));
                insert.execute();
                insert.setString(1, "HÉLÈNE : oui");
                insert.setBytes(2, null);
                insert.execute();
            }
        }
        assertThat(entries(LeakCheck.scan(pack, ORIGINALS))).containsOnly(
                Map.entry("Feyzin", "excerpts.context"), Map.entry("Hélène", "excerpts.text"));
    }

    @Test
    void aZipBombIsReportedAsUncheckedNotPassedOver() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(new byte[2_000_000]);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("docProps/core.xml"));
            out.write("Martine".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        List<Leak> leaks = LeakCheck.scan(bomb, ORIGINALS, 1_000_000, 10_000_000);
        assertThat(leaks).singleElement().satisfies(l -> {
            assertThat(l.unchecked()).isTrue();
            assertThat(l.entry()).isEqualTo("word/document.xml");
            assertThat(l.context()).contains("not read");
        });
        assertThat(LeakCheck.scan(bomb, ORIGINALS)).extracting(Leak::original).containsExactly("Martine");
    }

    @Test
    void aDamagedArchiveOrOneNestedTooDeepIsReportedAsUnchecked() throws IOException {
        byte[] nested = zipBytes(Map.of("x.txt", "rien"));
        for (int i = 0; i < LeakCheck.MAX_DEPTH + 1; i++) {
            nested = zipBytes(Map.of("n" + i + ".zip", nested));
        }
        Path deep = Files.write(dir.resolve("deep.zip"), nested);
        assertThat(LeakCheck.scan(deep, ORIGINALS)).singleElement().satisfies(l -> assertThat(l.unchecked()).isTrue());

        byte[] good = zipBytes(Map.of("a.txt", "rien du tout ici, vraiment rien ".repeat(50)));
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(good, good.length / 2));
        assertThat(LeakCheck.scan(cut, ORIGINALS)).singleElement().satisfies(l -> assertThat(l.unchecked()).isTrue());
    }

    @Test
    void anEmptyTableFindsNothing() throws IOException {
        assertThat(LeakCheck.scan(write("a.txt", "Martine"), List.of())).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        return Files.write(dir.resolve(name), zipBytes(entries));
    }

    private static byte[] zipBytes(Map<String, ?> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ?> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue() instanceof byte[] b ? b : e.getValue().toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> originals(List<Leak> leaks) {
        return leaks.stream().map(Leak::original).distinct().toList();
    }

    /** original → entry, one per original. */
    private static Map<String, String> entries(List<Leak> leaks) {
        Map<String, String> out = new LinkedHashMap<>();
        leaks.forEach(l -> out.putIfAbsent(l.original(), l.entry()));
        return out;
    }
}
