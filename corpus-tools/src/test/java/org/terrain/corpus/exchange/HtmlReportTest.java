package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.store.ProjectStore;
import org.w3c.dom.Document;

/** terrain export report: well-formed XHTML, one section per code, every text escaped. */
class HtmlReportTest {
    @TempDir
    Path temp;

    @Test
    void reportIsWellFormedEscapedAndGolden() throws Exception {
        Path out = temp.resolve("rapport.html");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(3, HtmlReport.export(store, out, Instant.parse("2026-01-02T03:04:05Z")));
        }
        String html = Files.readString(out, StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(out.toFile());
        assertEquals(HtmlReport.XHTML, document.getDocumentElement().getNamespaceURI());
        assertEquals(3, document.getElementsByTagNameNS(HtmlReport.XHTML, "section").getLength());
        assertEquals(4, document.getElementsByTagNameNS(HtmlReport.XHTML, "blockquote").getLength());
        assertTrue(html.contains("Les soudeuses &lt;arrivent&gt;"), html);
        assertTrue(html.contains("mémo : &lt;important&gt; &amp; \"daté\""), html);
        assertTrue(html.contains("Le travail &lt;posté&gt; &amp; ses \"rythmes\""), html);
        assertFalse(html.contains("<arrivent>"));
        assertFalse(html.contains("<span class=\"swatch\" style=\"background-color:#4E79A7\" title=\"#4E79A7\"/>"));
        ExportFixture.assertGolden("report.expected.html", html);
    }
}
