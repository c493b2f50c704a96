package org.terrain.codingschemes.qdc;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.CodeGroup;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.Codebook;

/** Writes a {@link Codebook} as a REFI-QDA codebook ({@code .qdc}, valid against Codebook.xsd), groups as sets. */
public final class QdcWriter {
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private QdcWriter() {
    }

    /** @param guids gives each code's GUID from its definition (a stable one when the caller has it) */
    public static void write(Codebook codebook, OutputStream out, java.util.function.Function<CodeDefinition, String> guids)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("CodeBook");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("origin", "Terrain");
        xml.writeStartElement("Codes");
        Map<CodePath, String> written = new HashMap<>();
        for (CodeDefinition code : codebook.codes()) {
            writeCode(xml, code, CodePath.of(code.name().strip()), guids, written);
        }
        xml.writeEndElement();
        writeGroups(xml, codebook.groups(), written);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /**
     * Text content with every carriage return written {@code &#13;}: a parser turns a raw CR into a line feed,
     * so a CRLF in a memo or a description would not come back as it was.
     */
    public static void writeText(XMLStreamWriter xml, String text) throws XMLStreamException {
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(text.substring(from));
    }

    /** The groups as sets of the codes just written; none: no {@code <Sets>} (an empty one is invalid). */
    private static void writeGroups(XMLStreamWriter xml, List<CodeGroup> groups, Map<CodePath, String> written)
            throws XMLStreamException {
        if (groups.isEmpty()) {
            return;
        }
        xml.writeStartElement("Sets");
        for (CodeGroup group : groups) {
            xml.writeStartElement("Set");
            xml.writeAttribute("guid", UUID.nameUUIDFromBytes(("set:" + group.name()).getBytes(StandardCharsets.UTF_8))
                    .toString());
            xml.writeAttribute("name", group.name());
            if (group.description() != null && !group.description().isBlank()) {
                xml.writeStartElement("Description");
                writeText(xml, group.description());
                xml.writeEndElement();
            }
            for (CodePath member : group.codes()) {
                String guid = written.get(member);
                if (guid != null) {
                    xml.writeEmptyElement("MemberCode");
                    xml.writeAttribute("guid", guid);
                }
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void writeCode(XMLStreamWriter xml, CodeDefinition code, CodePath path,
                                  java.util.function.Function<CodeDefinition, String> guids,
                                  Map<CodePath, String> written) throws XMLStreamException {
        xml.writeStartElement("Code");
        String given = guids.apply(code);
        // A path makes the fallback GUID: two codes named alike under different parents stay apart.
        String guid = given != null ? given
                : UUID.nameUUIDFromBytes(path.toString().getBytes(StandardCharsets.UTF_8)).toString();
        written.putIfAbsent(path, guid);
        xml.writeAttribute("guid", guid);
        xml.writeAttribute("name", code.name());
        xml.writeAttribute("isCodable", "true");
        if (code.color() != null && CodeColors.isValid(code.color())) {
            xml.writeAttribute("color", CodeColors.normalize(code.color()));
        }
        String description = CodeDescriptions.compose(new CodeDescriptions.Parts(code.definition(), code.inclusion(),
                code.exclusion(), code.example()));
        if (description != null) {
            xml.writeStartElement("Description");
            writeText(xml, description);
            xml.writeEndElement();
        }
        for (CodeDefinition child : code.children()) {
            writeCode(xml, child, path.child(child.name().strip()), guids, written);
        }
        xml.writeEndElement();
    }
}
