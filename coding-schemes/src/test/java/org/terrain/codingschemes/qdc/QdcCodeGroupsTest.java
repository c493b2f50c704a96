package org.terrain.codingschemes.qdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.CodeGroup;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.Codebook;

/** The sets of a REFI-QDA codebook are its code groups: read whichever way tools write members, and written back. */
class QdcCodeGroupsTest {
    private static final String QDC = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
              <Codes>
                <Code guid="{A1B2C3D4-0000-0000-0000-000000000001}" name="Conditions de travail" isCodable="true">
                  <Code guid="{A1B2C3D4-0000-0000-0000-000000000002}" name="Horaires" isCodable="true"/>
                </Code>
                <Code guid="{A1B2C3D4-0000-0000-0000-000000000003}" name="Médiation" isCodable="true"/>
              </Codes>
              <Sets>
                <Set guid="{A1B2C3D4-0000-0000-0000-0000000000F1}" name="Chapitre 3">
                  <Description>codes du chapitre 3</Description>
                  <MemberCode guid="a1b2c3d4-0000-0000-0000-000000000002"/>
                  <MemberCode targetGUID="{A1B2C3D4-0000-0000-0000-000000000003}"/>
                  <MemberCode guid="{A1B2C3D4-0000-0000-0000-0000000000EE}"/>
                </Set>
              </Sets>
            </CodeBook>
            """;

    @Test
    void setsAreReadAsGroupsOfTheFilesCodes() throws Exception {
        Codebook codebook = QdcReader.read(QDC.getBytes(StandardCharsets.UTF_8), "nvivo");
        assertThat(codebook.groups()).containsExactly(new CodeGroup("Chapitre 3", "codes du chapitre 3",
                List.of(CodePath.of("Conditions de travail", "Horaires"), CodePath.of("Médiation"))));
    }

    @Test
    void taguettesEmptySetsReadAsNoGroups() throws Exception {
        String taguette = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"Taguette\"><Codes>"
                + "<Code guid=\"5D1F2E4C-1111-5111-8111-111111111111\" name=\"travail\" isCodable=\"true\"/>"
                + "</Codes><Sets/></CodeBook>";
        Codebook codebook = QdcReader.read(taguette.getBytes(StandardCharsets.UTF_8), "taguette");
        assertThat(codebook.codes()).extracting(CodeDefinition::name).containsExactly("travail");
        assertThat(codebook.groups()).isEmpty();
    }

    @Test
    void groupsAreWrittenAndReadBackAndLikeNamedCodesKeepTheirOwnGuid() throws Exception {
        CodeDefinition autresA = new CodeDefinition("autres", null, null, null, null, null, List.of());
        CodeDefinition autresB = new CodeDefinition("autres", null, null, null, null, null, List.of());
        Codebook codebook = new Codebook("livre", null, null, List.of(
                new CodeDefinition("usine", "#4E79A7", null, null, null, null, List.of(autresA)),
                new CodeDefinition("mairie", null, null, null, null, null, List.of(autresB))),
                List.of(new CodeGroup("à revoir", "deux codes fourre-tout",
                        List.of(CodePath.of("usine", "autres"), CodePath.of("mairie", "autres")))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdcWriter.write(codebook, out, code -> null);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<Sets>").contains("<MemberCode guid=");

        Codebook back = QdcReader.read(out.toByteArray(), "livre");
        assertThat(back.groups()).isEqualTo(codebook.groups());
    }

    @Test
    void noGroupsWriteNoSetsElement() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdcWriter.write(new Codebook("livre", null, null, List.of(
                new CodeDefinition("usine", null, null, null, null, null, List.of()))), out, code -> null);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Sets");
    }
}
