package org.terrain.codingschemes.qdc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.Codebook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a REFI-QDA codebook ({@code .qdc}) into a {@link Codebook}: the code tree with colours and descriptions
 * (split back into definition and criteria, see {@link CodeDescriptions}). Sets are ignored, so Taguette's
 * empty {@code <Sets/>} (invalid against the schema) reads fine; any namespace, or none, is accepted.
 */
public final class QdcReader {
    private QdcReader() {
    }

    public static Codebook read(byte[] xml, String name) throws IOException, SAXException {
        Document document = SafeXml.parse(xml);
        Element root = document.getDocumentElement();
        if (!"CodeBook".equals(SafeXml.local(root))) {
            throw new SAXException("not a REFI-QDA codebook: root element " + SafeXml.local(root));
        }
        return new Codebook(name, null, null, codes(SafeXml.child(root, "Codes")));
    }

    /** The codes under a {@code Codes} element (as in a codebook and in a project's {@code CodeBook}). */
    public static List<CodeDefinition> codes(Element codes) {
        List<CodeDefinition> out = new ArrayList<>();
        for (Element code : SafeXml.children(codes, "Code")) {
            out.add(code(code));
        }
        return out;
    }

    private static CodeDefinition code(Element code) {
        String color = SafeXml.attribute(code, "color");
        if (color != null && !CodeColors.isValid(color) && !color.strip().matches("#[0-9A-Fa-f]{3}")) {
            color = null;
        }
        CodeDescriptions.Parts parts = CodeDescriptions.parse(SafeXml.childText(code, "Description"));
        List<CodeDefinition> children = new ArrayList<>();
        for (Element child : SafeXml.children(code, "Code")) {
            children.add(code(child));
        }
        String name = SafeXml.attribute(code, "name");
        return new CodeDefinition(name == null ? "?" : name.strip(), color, parts.definition(), parts.inclusion(),
                parts.exclusion(), parts.example(), children);
    }
}
