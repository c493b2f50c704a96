package org.terrain.corpus.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link Page} as one self-contained XHTML page (inline style, no script, no external file), written with a
 * streaming XML writer so that every text is escaped.
 */
final class HtmlPage implements Page {
    private static final String CSS = """
            body{font-family:Georgia,serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
            blockquote{margin:.8em 0;padding:.3em .8em;border-left:4px solid #bbb;background:#f7f7f7}
            .meta{font-size:.9em;color:#555}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;\
            vertical-align:top}th{background:#f0f0f0}
            """;

    private final XMLStreamWriter xml;

    HtmlPage(OutputStream stream, String title, Locale language) throws IOException {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE html>");
            xml.writeCharacters("\n");
            xml.writeStartElement("html");
            xml.writeDefaultNamespace(HtmlReport.XHTML);
            xml.writeAttribute("lang", language.getLanguage());
            xml.writeStartElement("head");
            xml.writeEmptyElement("meta");
            xml.writeAttribute("charset", "UTF-8");
            element("title", title);
            element("style", CSS);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeStartElement("body");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void title(String text) throws IOException {
        block("h1", null, text);
    }

    @Override
    public void meta(String text) throws IOException {
        block("p", "meta", text);
    }

    @Override
    public void heading(int level, String text) throws IOException {
        block("h" + Math.max(2, Math.min(level, 6)), null, text);
    }

    @Override
    public void text(String text) throws IOException {
        try {
            paragraphs(text);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void quote(String text) throws IOException {
        try {
            xml.writeStartElement("blockquote");
            paragraphs(text);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** One {@code <p>} a paragraph, its line breaks as {@code <br/>}. */
    private void paragraphs(String text) throws XMLStreamException {
        for (String paragraph : Page.paragraphs(text)) {
            xml.writeStartElement("p");
            List<String> lines = paragraph.lines().map(String::strip).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    xml.writeEmptyElement("br");
                }
                xml.writeCharacters(lines.get(i));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) throws IOException {
        try {
            xml.writeStartElement("table");
            xml.writeStartElement("thead");
            row("th", header);
            xml.writeEndElement();
            xml.writeStartElement("tbody");
            for (List<String> row : rows) {
                row("td", row);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void row(String cell, List<String> cells) throws XMLStreamException {
        xml.writeStartElement("tr");
        for (String text : cells) {
            element(cell, text);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void block(String name, String cssClass, String text) throws IOException {
        try {
            xml.writeStartElement(name);
            if (cssClass != null) {
                xml.writeAttribute("class", cssClass);
            }
            xml.writeCharacters(text == null ? "" : text);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
