package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.LicenceConflictException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.store.ProjectStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** terrain export tei: a well-formed teiCorpus, one TEI per source, u per turn, p per line of prose. */
class TeiExportTest {
    @TempDir
    Path temp;

    @Test
    void corpusIsWellFormedAndGolden() throws Exception {
        Path out = temp.resolve("corpus.xml");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(2, TeiExport.export(store, out, Licence.LICENCE_OUVERTE,
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
        assertEquals(Licence.CC_BY, PublicationLicences.parseChoice("CC-BY"));
        assertEquals(Licence.LICENCE_OUVERTE, PublicationLicences.parseChoice("licence-ouverte"));
        assertEquals("export_bad_licence",
                assertThrows(UsageException.class, () -> PublicationLicences.parseChoice("gpl")).code());
    }

    @Test
    void eachTextsHeaderStatesItsOwnLicence() throws Exception {
        Path out = temp.resolve("corpus.xml");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            store.licences().setForSource(ExportFixture.INTERVIEW, Licence.CC_BY_NC_SA); // an ESLO transcript
            store.licences().setForSource(ExportFixture.OBSERVATION, Licence.CC_BY);
            TeiExport.export(store, out, Licence.CC_BY_NC_SA);
        }
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(out.toFile());
        NodeList licences = document.getElementsByTagName("licence");
        assertEquals(3, licences.getLength()); // the corpus, then each text in name order
        assertEquals(Licence.CC_BY_NC_SA.url(), ((Element) licences.item(0)).getAttribute("target"));
        assertEquals(Licence.CC_BY_NC_SA.url(), ((Element) licences.item(1)).getAttribute("target"));
        assertEquals(Licence.CC_BY_NC_SA.label(), licences.item(1).getTextContent());
        assertEquals(Licence.CC_BY.url(), ((Element) licences.item(2)).getAttribute("target"));
        assertEquals("restricted", ((Element) licences.item(1).getParentNode()).getAttribute("status"));
        assertEquals("free", ((Element) licences.item(2).getParentNode()).getAttribute("status"));
    }

    @Test
    void aTextsLicenceComesFromItsCaseUnlessItHasItsOwn() throws Exception {
        Path out = temp.resolve("corpus.xml");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            store.licences().setForCase("Martine", Licence.CC_BY); // the interview's case
            TeiExport.export(store, out, Licence.CC_BY_SA);
        }
        NodeList licences = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(out.toFile())
                .getElementsByTagName("licence");
        assertEquals(Licence.CC_BY.url(), ((Element) licences.item(1)).getAttribute("target"));
        // no licence recorded for the observation: the researcher's own, under the licence chosen
        assertEquals(Licence.CC_BY_SA.url(), ((Element) licences.item(2)).getAttribute("target"));
    }

    @Test
    void aNonCommercialTextIsNotStampedCcByButRefusedWithItsName() throws Exception {
        Path out = temp.resolve("corpus.xml");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            store.licences().setForSource(ExportFixture.INTERVIEW, Licence.CC_BY_NC_SA);
            LicenceConflictException refused = assertThrows(LicenceConflictException.class,
                    () -> TeiExport.export(store, out, Licence.CC_BY));
            assertEquals("licence_conflict", refused.code());
            assertEquals(List.of(ExportFixture.INTERVIEW + " (cc-by-nc-sa)"), refused.sources());
            assertTrue(refused.getMessage().contains(ExportFixture.INTERVIEW + " (cc-by-nc-sa)"), refused.getMessage());
        }
        assertFalse(Files.exists(out));
    }
}
