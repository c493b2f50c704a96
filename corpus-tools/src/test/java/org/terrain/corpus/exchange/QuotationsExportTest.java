package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.ProjectStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** terrain export quotations: the same text in .docx and .odt, grouped by code, with source, speaker and time. */
class QuotationsExportTest {
    @TempDir
    Path temp;

    @Test
    void docxHoldsTheGoldenText() throws Exception {
        Path out = temp.resolve("citations.docx");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(4, QuotationsExport.export(store, out, null));
        }
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(out); XWPFDocument document = new XWPFDocument(in)) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                text.append("Heading1".equals(paragraph.getStyle()) ? "# " : "").append(paragraph.getText())
                        .append('\n');
            }
        }
        ExportFixture.assertGolden("quotations.expected.txt", text.toString());
    }

    @Test
    void odtHoldsTheSameText() throws Exception {
        Path out = temp.resolve("citations.odt");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(4, QuotationsExport.export(store, out, null));
        }
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.text",
                    new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                parse(bytes); // every part is well-formed
                if (entry.getName().equals("content.xml")) {
                    content = bytes;
                }
            }
        }
        Element body = (Element) parse(content).getElementsByTagNameNS(QuotationsExport.OFFICE, "text").item(0);
        StringBuilder text = new StringBuilder();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            text.append("h".equals(n.getLocalName()) ? "# " : "").append(n.getTextContent()).append('\n');
        }
        ExportFixture.assertGolden("quotations.expected.txt", text.toString());
    }

    @Test
    void oneCodeWithItsSubCodes() throws Exception {
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(3, QuotationsExport.export(store, temp.resolve("a.odt"), CodePath.of("Pratiques")));
            assertEquals(1, QuotationsExport.export(store, temp.resolve("b.docx"), CodePath.of("Émotions")));
            assertTrue(Files.exists(temp.resolve("b.docx")));
            assertEquals("export_bad_extension", assertThrows(UsageException.class,
                    () -> QuotationsExport.export(store, temp.resolve("c.pdf"), null)).code());
        }
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
