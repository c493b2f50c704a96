package org.terrain.codingschemes.qdc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.CodeGroup;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.Codebook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a REFI-QDA codebook ({@code .qdc}) into a {@link Codebook}: the code tree with colours and descriptions
 * (split back into definition and criteria, see {@link CodeDescriptions}), and its sets as code groups (members
 * by GUID, written {@code guid} by the schema and {@code targetGUID} by some tools; a member that is no code of
 * the file is left out). Taguette's empty {@code <Sets/>} (invalid against the schema) reads fine; any
 * namespace, or none, is accepted.
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
        Element codes = SafeXml.child(root, "Codes");
        return new Codebook(name, null, null, codes(codes), groups(SafeXml.child(root, "Sets"), paths(codes)));
    }

    /** The sets of a codebook as groups of the codes it defines. */
    private static List<CodeGroup> groups(Element sets, Map<String, CodePath> paths) {
        List<CodeGroup> out = new ArrayList<>();
        for (Element set : SafeXml.children(sets, "Set")) {
            String name = SafeXml.attribute(set, "name");
            if (name == null || name.isBlank()) {
                continue;
            }
            List<CodePath> members = new ArrayList<>();
            for (Element member : SafeXml.children(set, "MemberCode")) {
                String guid = SafeXml.attribute(member, "guid");
                CodePath path = paths.get(SafeXml.guid(guid != null ? guid : SafeXml.attribute(member, "targetGUID")));
                if (path != null && !members.contains(path)) {
                    members.add(path);
                }
            }
            out.add(new CodeGroup(name.strip(), SafeXml.childText(set, "Description"), members));
        }
        return out;
    }

    /** Every code's path by its GUID (braces and case as tools write them: {ABC…} and abc… are one). */
    private static Map<String, CodePath> paths(Element codes) {
        Map<String, CodePath> out = new HashMap<>();
        collect(codes, null, out);
        return out;
    }

    private static void collect(Element parent, CodePath at, Map<String, CodePath> out) {
        for (Element code : SafeXml.children(parent, "Code")) {
            String name = SafeXml.attribute(code, "name");
            CodePath path = at == null ? CodePath.of(name == null ? "?" : name.strip())
                    : at.child(name == null ? "?" : name.strip());
            String guid = SafeXml.guid(SafeXml.attribute(code, "guid"));
            if (guid != null) {
                out.putIfAbsent(guid, path);
            }
            collect(code, path, out);
        }
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
