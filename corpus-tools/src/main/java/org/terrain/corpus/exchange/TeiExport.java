package org.terrain.corpus.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.terrain.corpus.text.TranscriberNotes;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.ProjectStore;

/**
 * The corpus as XML-TEI for TXM: a {@code teiCorpus} with a header (project, licence) and one {@code TEI} per
 * source in name order. The corpus header states the licence chosen for the publication; each source's
 * {@code teiHeader} holds its title, its own licence with its URL (the one recorded for it or its case; the
 * chosen one when none is: see {@link PublicationLicences}, which refuses a mix its licences forbid), and in
 * {@code profileDesc/textClass/keywords} its kind ({@code term type="kind"}), case ({@code type="case"}) and
 * attributes ({@code type="attribute" n="name"}). The body holds one {@code <u who="SPEAKER" start="hh:mm:ss">}
 * per turn (speech only, labels removed; {@code start} only when the turn is timed), or one {@code <p>} per
 * non-blank line of prose. {@code who} and {@code start} carry the label and the time as TXM reads them, not as
 * TEI pointers.
 */
public final class TeiExport {
    static final String TEI = "http://www.tei-c.org/ns/1.0";

    private TeiExport() {
    }

    /** Writes the corpus under {@code licence}; returns the number of sources. */
    public static int export(ProjectStore store, Path out, Licence licence) {
        return export(store, out, licence, Instant.now());
    }

    static int export(ProjectStore store, Path out, Licence licence, Instant generated) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        String project = store.info().name();
        Map<String, Licence> licences = PublicationLicences.check(store, licence);
        List<Source> sources = new ArrayList<>();
        for (String name : store.sources().names()) {
            sources.add(store.sources().get(name));
        }
        target.write(stream -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                newline(xml, 0);
                xml.writeStartElement("teiCorpus");
                xml.writeDefaultNamespace(TEI);
                header(xml, 1, project, project, licence, "Corpus exporté par Terrain le "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(generated.atZone(ZoneOffset.UTC)) + ".", null);
                for (int i = 0; i < sources.size(); i++) {
                    source(xml, sources.get(i), i + 1, project, licences.get(sources.get(i).name()));
                }
                newline(xml, 0);
                xml.writeEndElement();
                newline(xml, 0);
                xml.writeEndDocument();
                xml.flush();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        });
        return sources.size();
    }

    private static void source(XMLStreamWriter xml, Source source, int number, String project, Licence licence)
            throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("TEI");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "id", "s" + number);
        xml.writeAttribute("n", source.name());
        header(xml, 2, source.name(), project, licence, source.name() + " (" + source.kind().id() + ")", source);
        newline(xml, 2);
        xml.writeStartElement("text");
        xml.writeAttribute("type", source.kind().id());
        newline(xml, 3);
        xml.writeStartElement("body");
        String text = source.text();
        if (source.turns().isEmpty()) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    newline(xml, 4);
                    xml.writeStartElement("p");
                    xml.writeCharacters(line.strip());
                    xml.writeEndElement();
                }
            }
        } else {
            for (Turn turn : source.turns()) {
                newline(xml, 4);
                xml.writeStartElement("u");
                xml.writeAttribute("who", turn.speaker());
                if (turn.hasTime()) {
                    xml.writeAttribute("start", ExportFiles.time(turn.timeMs()));
                }
                writeSpeech(xml, ExportFiles.cut(text, turn.speech()).strip());
                xml.writeEndElement();
            }
        }
        newline(xml, 3);
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
        newline(xml, 1);
        xml.writeEndElement();
    }

    /**
     * A turn's words, and its transcriber's notes ([rire]) as TEI incidents, so that TXM does not count them as
     * words of the speaker: {@code <incident><desc>rire</desc></incident>}.
     */
    private static void writeSpeech(XMLStreamWriter xml, String speech) throws XMLStreamException {
        for (TranscriberNotes.Piece piece : TranscriberNotes.pieces(speech)) {
            if (piece.note()) {
                xml.writeStartElement("incident");
                xml.writeStartElement("desc");
                xml.writeCharacters(piece.text());
                xml.writeEndElement();
                xml.writeEndElement();
            } else {
                xml.writeCharacters(piece.text());
            }
        }
    }

    private static void header(XMLStreamWriter xml, int depth, String title, String project, Licence licence,
                               String sourceDesc, Source source) throws XMLStreamException {
        newline(xml, depth);
        xml.writeStartElement("teiHeader");
        newline(xml, depth + 1);
        xml.writeStartElement("fileDesc");
        newline(xml, depth + 2);
        xml.writeStartElement("titleStmt");
        element(xml, "title", title);
        xml.writeEndElement();
        newline(xml, depth + 2);
        xml.writeStartElement("publicationStmt");
        element(xml, "distributor", project);
        xml.writeStartElement("availability");
        // TEI's « free » is for reuse without conditions beyond attribution (and share-alike); NC and ND restrict it
        xml.writeAttribute("status", licence.id().contains("-nc") || licence.id().contains("-nd") ? "restricted" : "free");
        xml.writeStartElement("licence");
        xml.writeAttribute("target", licence.url());
        xml.writeCharacters(licence.label());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        newline(xml, depth + 2);
        xml.writeStartElement("sourceDesc");
        element(xml, "p", sourceDesc);
        xml.writeEndElement();
        newline(xml, depth + 1);
        xml.writeEndElement();
        if (source != null) {
            newline(xml, depth + 1);
            xml.writeStartElement("profileDesc");
            xml.writeStartElement("textClass");
            xml.writeStartElement("keywords");
            xml.writeAttribute("scheme", "#terrain");
            term(xml, "kind", null, source.kind().id());
            if (!ExportFiles.blank(source.caseName())) {
                term(xml, "case", null, source.caseName());
            }
            Map<String, String> attributes = new TreeMap<>(java.text.Collator.getInstance(Locale.FRENCH));
            attributes.putAll(source.attributes());
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                term(xml, "attribute", attribute.getKey(), attribute.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        newline(xml, depth);
        xml.writeEndElement();
    }

    private static void term(XMLStreamWriter xml, String type, String n, String value) throws XMLStreamException {
        xml.writeStartElement("term");
        xml.writeAttribute("type", type);
        if (n != null) {
            xml.writeAttribute("n", n);
        }
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
