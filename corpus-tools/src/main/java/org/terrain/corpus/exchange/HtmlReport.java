package org.terrain.corpus.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.terrain.corpus.model.CodeCriteria;
import org.terrain.corpus.model.ReviewItem;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/**
 * The codebook with its excerpts as one self-contained XHTML page for supervisors (no script, no external
 * file; the style is inline): a table of contents, then one section per code in tree order with its colour
 * swatch, definition, inclusion and exclusion criteria and example, then its segments with source, speaker,
 * time, coder and memo, and the supervisors' verdicts on them (the review layer). Written with a streaming XML
 * writer, so every text is escaped. Labels are in French.
 */
public final class HtmlReport {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String CSS = """
            body{font-family:Georgia,serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
            .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;border:1px solid #555;\
            vertical-align:baseline}
            dt{font-weight:bold}dd{margin:0 0 .5em 1.5em}
            blockquote{margin:.8em 0;padding:.3em .8em;border-left:4px solid #bbb;background:#f7f7f7}
            .ref,.memo,.meta{font-size:.9em;color:#555}.memo{font-style:italic}
            nav li.depth-2{margin-left:1.5em}nav li.depth-3{margin-left:3em}nav li.depth-4{margin-left:4.5em}
            """;

    private HtmlReport() {
    }

    /** Writes the report; returns the number of codes. */
    public static int export(ProjectStore store, Path out) {
        return export(store, out, Instant.now());
    }

    static int export(ProjectStore store, Path out, Instant generated) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        List<CodeInfo> codes = store.codes().list();
        Map<String, List<SegmentInfo>> byCode = new LinkedHashMap<>();
        List<SegmentInfo> segments = store.segments().list(null, null);
        for (SegmentInfo segment : segments) {
            byCode.computeIfAbsent(segment.code().toString(), k -> new ArrayList<>()).add(segment);
        }
        Map<String, Source> sources = new HashMap<>();
        for (SegmentInfo segment : segments) {
            sources.computeIfAbsent(segment.source(), name -> store.sources().get(name));
        }
        Map<String, CodeCriteria> criteria = new HashMap<>();
        for (CodeInfo code : codes) {
            criteria.put(code.path().toString(), store.codes().criteria(code.path()));
        }
        Map<Long, List<ReviewItem>> reviews = new HashMap<>();
        Map<String, List<ReviewItem>> codeComments = new HashMap<>();
        for (ReviewItem item : store.reviews().list(null)) {
            if (item.segmentId() != 0) {
                reviews.computeIfAbsent(item.segmentId(), k -> new ArrayList<>()).add(item);
            } else if (item.source() == null) {
                codeComments.computeIfAbsent(item.code(), k -> new ArrayList<>()).add(item);
            }
        }
        String title = store.info().name();
        target.write(stream -> {
            try {
                write(stream, title, generated, codes, byCode, criteria, sources, segments.size(),
                        new Reviews(reviews, codeComments));
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        });
        return codes.size();
    }

    private static void write(OutputStream stream, String title, Instant generated, List<CodeInfo> codes,
                              Map<String, List<SegmentInfo>> byCode, Map<String, CodeCriteria> criteria,
                              Map<String, Source> sources, int segmentCount, Reviews reviews)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE html>");
        xml.writeCharacters("\n");
        xml.writeStartElement("html");
        xml.writeDefaultNamespace(XHTML);
        xml.writeAttribute("lang", "fr");
        xml.writeStartElement("head");
        xml.writeEmptyElement("meta");
        xml.writeAttribute("charset", "UTF-8");
        element(xml, "title", title + " — livre de codes et extraits");
        element(xml, "style", CSS);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("body");
        element(xml, "h1", title);
        xml.writeStartElement("p");
        xml.writeAttribute("class", "meta");
        xml.writeCharacters("Livre de codes et extraits — " + codes.size() + " code(s), " + segmentCount
                + " extrait(s) — généré le " + DateTimeFormatter.ISO_LOCAL_DATE.format(generated.atZone(ZoneOffset.UTC)));
        xml.writeEndElement();
        xml.writeCharacters("\n");

        xml.writeStartElement("nav");
        element(xml, "h2", "Sommaire");
        xml.writeStartElement("ul");
        for (int i = 0; i < codes.size(); i++) {
            CodeInfo code = codes.get(i);
            xml.writeStartElement("li");
            xml.writeAttribute("class", "depth-" + code.path().names().size());
            xml.writeStartElement("a");
            xml.writeAttribute("href", "#code-" + (i + 1));
            xml.writeCharacters(code.path().name());
            xml.writeEndElement();
            xml.writeCharacters(" (" + byCode.getOrDefault(code.path().toString(), List.of()).size() + ")");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");

        for (int i = 0; i < codes.size(); i++) {
            CodeInfo code = codes.get(i);
            xml.writeStartElement("section");
            xml.writeAttribute("id", "code-" + (i + 1));
            xml.writeStartElement("h2");
            xml.writeStartElement("span");
            xml.writeAttribute("class", "swatch");
            String color = code.code().color();
            if (color != null && COLOR.matcher(color).matches()) {
                xml.writeAttribute("style", "background-color:" + color);
                xml.writeAttribute("title", color);
            }
            xml.writeCharacters("");
            xml.writeEndElement();
            xml.writeCharacters(String.join(" / ", code.path().names()));
            xml.writeEndElement();
            CodeCriteria c = criteria.get(code.path().toString());
            String[][] terms = {{"Définition", code.code().description()},
                    {"Inclusion", c == null ? null : c.inclusion()}, {"Exclusion", c == null ? null : c.exclusion()},
                    {"Exemple", c == null ? null : c.example()}};
            if (java.util.Arrays.stream(terms).anyMatch(t -> !ExportFiles.blank(t[1]))) {
                xml.writeStartElement("dl");
                for (String[] t : terms) {
                    term(xml, t[0], t[1]);
                }
                xml.writeEndElement();
            }
            for (ReviewItem comment : reviews.codeComments().getOrDefault(code.path().toString(), List.of())) {
                verdict(xml, comment);
            }
            List<SegmentInfo> own = byCode.getOrDefault(code.path().toString(), List.of());
            element(xml, "h3", "Extraits (" + own.size() + ")");
            for (SegmentInfo segment : own) {
                excerpt(xml, segment, sources.get(segment.source()),
                        reviews.bySegment().getOrDefault(segment.segment().id(), List.of()));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** The review layer's verdicts: on each coding, and on codes themselves. */
    private record Reviews(Map<Long, List<ReviewItem>> bySegment, Map<String, List<ReviewItem>> codeComments) {
    }

    private static final Map<String, String> VERDICTS = Map.of("approve", "approuvé", "contest", "contesté",
            "recode", "autre code proposé", "comment", "commentaire sur le code");
    private static final Map<String, String> STATUSES = Map.of("open", "à traiter", "accepted", "accepté",
            "rejected", "refusé");

    /** « Relecture — Anne Dupont : contesté — comment (refusé : reply) ». */
    private static void verdict(XMLStreamWriter xml, ReviewItem item) throws XMLStreamException {
        StringBuilder line = new StringBuilder("Relecture — ").append(item.reviewer().name()).append(" : ")
                .append(VERDICTS.getOrDefault(item.verdict().word(), item.verdict().word()));
        if (item.proposedCode() != null) {
            line.append(" « ").append(item.proposedCode()).append(" »");
        }
        if (!ExportFiles.blank(item.comment())) {
            line.append(" — ").append(item.comment().strip());
        }
        line.append(" (").append(STATUSES.getOrDefault(item.status(), item.status()));
        if (!ExportFiles.blank(item.reply())) {
            line.append(" : ").append(item.reply().strip());
        }
        line.append(')');
        xml.writeStartElement("p");
        xml.writeAttribute("class", "review");
        xml.writeAttribute("style", "font-size:.9em;color:#7a3b00"); // inline: a report without reviews is unchanged
        xml.writeCharacters(line.toString());
        xml.writeEndElement();
    }

    private static void excerpt(XMLStreamWriter xml, SegmentInfo segment, Source source, List<ReviewItem> reviews)
            throws XMLStreamException {
        xml.writeStartElement("blockquote");
        xml.writeStartElement("p");
        String[] lines = segment.text().strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEmptyElement("br");
            }
            xml.writeCharacters(lines[i]);
        }
        xml.writeEndElement();
        StringBuilder ref = new StringBuilder(segment.source());
        Turn turn = source == null ? null : ExportFiles.turnAt(source, segment.segment().span().start());
        if (turn != null) {
            ref.append(", ").append(turn.speaker());
            if (turn.hasTime()) {
                ref.append(", ").append(ExportFiles.time(turn.timeMs()));
            }
        }
        ref.append(" — positions ").append(segment.segment().span().start()).append('–')
                .append(segment.segment().span().end());
        if (!ExportFiles.blank(segment.segment().coder())) {
            ref.append(" — codé par ").append(segment.segment().coder());
        }
        xml.writeStartElement("p");
        xml.writeAttribute("class", "ref");
        xml.writeCharacters(ref.toString());
        xml.writeEndElement();
        if (!ExportFiles.blank(segment.segment().memo())) {
            xml.writeStartElement("p");
            xml.writeAttribute("class", "memo");
            xml.writeCharacters("Mémo : " + segment.segment().memo().strip());
            xml.writeEndElement();
        }
        for (ReviewItem item : reviews) {
            verdict(xml, item);
        }
        xml.writeEndElement();
    }

    private static void term(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (ExportFiles.blank(value)) {
            return;
        }
        element(xml, "dt", name);
        element(xml, "dd", value.strip());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
