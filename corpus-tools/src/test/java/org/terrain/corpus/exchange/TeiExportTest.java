package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.ProjectStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** terrain export tei: a well-formed teiCorpus, one TEI per source, u per turn, p per line of prose. */
class TeiExportTest {
    @TempDir
    Path temp;

    @Test
    void corpusIsWellFormedAndGolden() throws Exception {
        Path out = temp.resolve("corpus.xml");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(2, TeiExport.export(store, out, TeiExport.Licence.LICENCE_OUVERTE,
                    Instant.parse("2026-01-02T03:04:05Z")));
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(out.toFile());
        Element root = document.getDocumentElement();
        assertEquals("teiCorpus", root.getLocalName());
        assertEquals(TeiExport.TEI, root.getNamespaceURI());
        assertEquals(2, document.getElementsByTagNameNS(TeiExport.TEI, "TEI").getLength());
        assertEquals(4, document.getElementsByTagNameNS(TeiExport.TEI, "u").getLength());
        assertEquals(3, document.getElementsByTagNameNS(TeiExport.TEI, "p").getLength() - 3); // 3 sourceDesc
        Element u = (Element) document.getElementsByTagNameNS(TeiExport.TEI, "u").item(1);
        assertEquals("MARTINE", u.getAttribute("who"));
        assertEquals("00:12:04", u.getAttribute("start"));
        assertEquals("À l’usine, depuis 1998. Je fais les 3×8 🙂", u.getTextContent());
        assertEquals("https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                ((Element) document.getElementsByTagNameNS(TeiExport.TEI, "licence").item(0)).getAttribute("target"));
        ExportFixture.assertGolden("tei.expected.xml", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void licencesByName() {
        assertEquals(TeiExport.Licence.CC_BY, TeiExport.Licence.parse("CC-BY"));
        assertEquals(TeiExport.Licence.LICENCE_OUVERTE, TeiExport.Licence.parse("licence-ouverte"));
        assertEquals("export_bad_licence",
                assertThrows(UsageException.class, () -> TeiExport.Licence.parse("gpl")).code());
    }
}
