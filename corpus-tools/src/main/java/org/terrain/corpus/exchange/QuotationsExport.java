package org.terrain.corpus.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * Quotations for the thesis, as a Word (.docx) or OpenDocument (.odt) text: one heading per code that has
 * segments (its path, in tree order), its definition below in italics, then one paragraph per segment:
 * {@code « text » (source, SPEAKER, hh:mm:ss)}, speaker and time coming from the turn holding the segment's start
 * (left out for prose or untimed turns). White space inside an excerpt is written as single spaces.
 */
public final class QuotationsExport {
    /** A code and its quotations, ready to be written in either format. */
    record Section(String heading, String definition, List<String> quotations) {
    }

    private QuotationsExport() {
    }

    /** Writes the document (format from the extension); returns the number of quotations. */
    public static int export(ProjectStore store, Path out, CodePath only) {
        String extension = ExportFiles.extension(out);
        if (!extension.equals("docx") && !extension.equals("odt")) {
            throw new UsageException("export_bad_extension", out.getFileName().toString(), ".docx, .odt");
        }
        ExportTarget target = ExportTarget.of(store.layout(), out);
        List<Section> sections = sections(store, only);
        target.write(stream -> {
            if (extension.equals("docx")) {
                writeDocx(store.info().name(), sections, stream);
            } else {
                writeOdt(store.info().name(), sections, stream);
            }
        });
        return sections.stream().mapToInt(s -> s.quotations().size()).sum();
    }

    static List<Section> sections(ProjectStore store, CodePath only) {
        Map<String, List<SegmentInfo>> byCode = new LinkedHashMap<>();
        for (SegmentInfo segment : store.segments().list(only, null)) {
            byCode.computeIfAbsent(segment.code().toString(), k -> new ArrayList<>()).add(segment);
        }
        Map<String, Source> sources = new HashMap<>();
        List<Section> out = new ArrayList<>();
        for (CodeInfo code : store.codes().list()) {
            List<SegmentInfo> segments = byCode.get(code.path().toString());
            if (segments == null) {
                continue;
            }
            List<String> quotations = new ArrayList<>();
            for (SegmentInfo segment : segments) {
                Source source = sources.computeIfAbsent(segment.source(), name -> store.sources().get(name));
                quotations.add(quotation(source, segment));
            }
            out.add(new Section(String.join(" / ", code.path().names()),
                    ExportFiles.oneLine(code.code().description()), quotations));
        }
        return out;
    }

    /** {@code « text » (source, SPEAKER, hh:mm:ss)}. */
    static String quotation(Source source, SegmentInfo segment) {
        StringBuilder reference = new StringBuilder(source.name());
        Turn turn = ExportFiles.turnAt(source, segment.segment().span().start());
        if (turn != null) {
            reference.append(", ").append(turn.speaker());
            if (turn.hasTime()) {
                reference.append(", ").append(ExportFiles.time(turn.timeMs()));
            }
        }
        return "« " + ExportFiles.oneLine(segment.text()) + " » (" + reference + ")";
    }

    // ---------------------------------------------------------------- docx

    private static void writeDocx(String title, List<Section> sections, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(headingStyle("Title", "Title", 0));
            styles.addStyle(headingStyle("Heading1", "heading 1", 1));
            XWPFParagraph head = document.createParagraph();
            head.setStyle("Title");
            run(head, title, true, false, 18);
            for (Section section : sections) {
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle("Heading1");
                run(heading, section.heading(), true, false, 14);
                if (!section.definition().isEmpty()) {
                    run(document.createParagraph(), section.definition(), false, true, 0);
                }
                for (String quotation : section.quotations()) {
                    run(document.createParagraph(), quotation, false, false, 0);
                }
            }
            document.write(out);
        }
    }

    private static XWPFStyle headingStyle(String id, String name, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Math.max(0, level - 1)));
        return new XWPFStyle(style);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        if (size > 0) {
            run.setFontSize(size);
        }
    }

    // ---------------------------------------------------------------- odt

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

    /** An OpenDocument zip: {@code mimetype} first and stored, then content, styles and the manifest. */
    private static void writeOdt(String title, List<Section> sections, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mime = ODT_MIME.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            mimetype.setCompressedSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            try {
                zip.putNextEntry(new ZipEntry("content.xml"));
                writeXml(zip, xml -> content(xml, title, sections));
                zip.putNextEntry(new ZipEntry("styles.xml"));
                writeXml(zip, QuotationsExport::styles);
                zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
                writeXml(zip, QuotationsExport::manifest);
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }
    }

    @FunctionalInterface
    interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** One XML document into the open zip entry (the writer is closed, the zip is not). */
    static void writeXml(ZipOutputStream zip, XmlBody body) throws XMLStreamException, IOException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(new FlushOnClose(zip),
                "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        body.write(xml);
        xml.writeEndDocument();
        xml.close();
        zip.closeEntry();
    }

    private static void content(XMLStreamWriter xml, String title, List<Section> sections) throws XMLStreamException {
        xml.writeStartElement("office", "document-content", OFFICE);
        namespaces(xml);
        xml.writeAttribute("office", OFFICE, "version", "1.3");
        xml.writeStartElement("office", "automatic-styles", OFFICE);
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", "Definition");
        xml.writeAttribute("style", STYLE, "family", "paragraph");
        xml.writeAttribute("style", STYLE, "parent-style-name", "Standard");
        xml.writeEmptyElement("style", "text-properties", STYLE);
        xml.writeAttribute("fo", FO, "font-style", "italic");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("office", "body", OFFICE);
        xml.writeStartElement("office", "text", OFFICE);
        xml.writeStartElement("text", "p", TEXT);
        xml.writeAttribute("text", TEXT, "style-name", "Title");
        xml.writeCharacters(title);
        xml.writeEndElement();
        for (Section section : sections) {
            xml.writeStartElement("text", "h", TEXT);
            xml.writeAttribute("text", TEXT, "style-name", "Heading_20_1");
            xml.writeAttribute("text", TEXT, "outline-level", "1");
            xml.writeCharacters(section.heading());
            xml.writeEndElement();
            if (!section.definition().isEmpty()) {
                paragraph(xml, "Definition", section.definition());
            }
            for (String quotation : section.quotations()) {
                paragraph(xml, "Standard", quotation);
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter xml, String style, String text) throws XMLStreamException {
        xml.writeStartElement("text", "p", TEXT);
        xml.writeAttribute("text", TEXT, "style-name", style);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void namespaces(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeNamespace("office", OFFICE);
        xml.writeNamespace("style", STYLE);
        xml.writeNamespace("text", TEXT);
        xml.writeNamespace("fo", FO);
    }

    private static void styles(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("office", "document-styles", OFFICE);
        namespaces(xml);
        xml.writeAttribute("office", OFFICE, "version", "1.3");
        xml.writeStartElement("office", "styles", OFFICE);
        paragraphStyle(xml, "Standard", null, null, null);
        paragraphStyle(xml, "Title", "Standard", "18pt", null);
        paragraphStyle(xml, "Heading_20_1", "Standard", "14pt", "1");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void paragraphStyle(XMLStreamWriter xml, String name, String parent, String size, String level)
            throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        if (name.contains("_20_")) {
            xml.writeAttribute("style", STYLE, "display-name", name.replace("_20_", " "));
        }
        xml.writeAttribute("style", STYLE, "family", "paragraph");
        if (parent != null) {
            xml.writeAttribute("style", STYLE, "parent-style-name", parent);
        }
        if (level != null) {
            xml.writeAttribute("style", STYLE, "default-outline-level", level);
        }
        if (size != null) {
            xml.writeEmptyElement("style", "text-properties", STYLE);
            xml.writeAttribute("fo", FO, "font-size", size);
            xml.writeAttribute("fo", FO, "font-weight", "bold");
        }
        xml.writeEndElement();
    }

    private static void manifest(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("manifest", "manifest", MANIFEST);
        xml.writeNamespace("manifest", MANIFEST);
        xml.writeAttribute("manifest", MANIFEST, "version", "1.3");
        for (String[] entry : List.of(new String[] {"/", ODT_MIME}, new String[] {"content.xml", "text/xml"},
                new String[] {"styles.xml", "text/xml"})) {
            xml.writeEmptyElement("manifest", "file-entry", MANIFEST);
            xml.writeAttribute("manifest", MANIFEST, "full-path", entry[0]);
            if (entry[0].equals("/")) {
                xml.writeAttribute("manifest", MANIFEST, "version", "1.3");
            }
            xml.writeAttribute("manifest", MANIFEST, "media-type", entry[1]);
        }
        xml.writeEndElement();
    }
}
