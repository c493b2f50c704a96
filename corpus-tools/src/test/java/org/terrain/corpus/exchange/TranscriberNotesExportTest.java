package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The transcriber's notes ([rire]) leave the exports for TXM and Iramuteq as what they are: not words. */
class TranscriberNotesExportTest {
    @TempDir
    Path temp;

    private ProjectStore project() {
        ProjectStore store = ProjectStore.create(temp.resolve("p"), "Vallée", "test");
        Fixtures.importText(store, temp, "martine.txt",
                "[00:00:02] ENQ : et l’ambiance ?\n[00:00:04] MARTINE : on riait [rire] bien [bb] à l’atelier\n",
                SourceKind.INTERVIEW);
        return store;
    }

    @Test
    void teiMarksThemAsIncidents() throws Exception {
        Path out = temp.resolve("corpus.xml");
        try (ProjectStore store = project()) {
            TeiExport.export(store, out, org.terrain.corpus.model.Licence.CC_BY);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(out.toFile());
        Element u = (Element) document.getElementsByTagNameNS(TeiExport.TEI, "u").item(1);
        assertThat(u.getElementsByTagNameNS(TeiExport.TEI, "incident").getLength()).isEqualTo(2);
        assertThat(u.getElementsByTagNameNS(TeiExport.TEI, "desc").item(0).getTextContent()).isEqualTo("rire");
        StringBuilder words = new StringBuilder();
        for (Node child = u.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                words.append(child.getTextContent());
            }
        }
        assertThat(words.toString()).isEqualTo("on riait  bien  à l’atelier");
    }

    @Test
    void iramuteqDropsThem() throws Exception {
        Path out = temp.resolve("corpus.txt");
        try (ProjectStore store = project()) {
            IramuteqExport.export(store, out);
        }
        String corpus = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(corpus).contains("on riait").contains("à l’atelier").doesNotContain("rire").doesNotContain("[");
    }
}
