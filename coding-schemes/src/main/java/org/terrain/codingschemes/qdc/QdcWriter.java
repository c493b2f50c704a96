package org.terrain.codingschemes.qdc;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.Codebook;

/** Writes a {@link Codebook} as a REFI-QDA codebook ({@code .qdc}, valid against Codebook.xsd). */
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
        for (CodeDefinition code : codebook.codes()) {
            writeCode(xml, code, guids);
        }
        xml.writeEndElement();
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

    private static void writeCode(XMLStreamWriter xml, CodeDefinition code,
                                  java.util.function.Function<CodeDefinition, String> guids) throws XMLStreamException {
        xml.writeStartElement("Code");
        String guid = guids.apply(code);
        xml.writeAttribute("guid", guid != null ? guid
                : UUID.nameUUIDFromBytes(code.name().getBytes(StandardCharsets.UTF_8)).toString());
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
            writeCode(xml, child, guids);
        }
        xml.writeEndElement();
    }
}
