package org.terrain.corpus.exchange;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text a reader of an XML or HTML file sees, for the leak check: entities decoded ({@code &#233;} and
 * {@code &eacute;} are « é »), attribute values included. Two readings, because a name can hide either way:
 * {@link #spaced} puts a space between every piece (text node, attribute value), so two words never run together;
 * {@link #joined} glues the pieces of one paragraph, so a name a word processor split across runs
 * ({@code <w:t>Mar</w:t><w:t>tine</w:t>}) is whole again. Well-formed XML goes through a parser that reads no DTD
 * and no external entity; anything else (HTML, a broken file) through a tolerant reading of tags and entities.
 */
final class MarkupText {
    /** Elements that end a paragraph (Word, Writer, Excel, HTML, TEI): their pieces are not glued to the next. */
    private static final Set<String> BLOCKS = Set.of("p", "h", "h1", "h2", "h3", "h4", "h5", "h6", "si", "is", "c",
            "row", "tr", "td", "th", "li", "list-item", "table-cell", "div", "br", "tab", "title", "u", "head",
            "note", "item", "cell", "line", "body", "table", "section", "article", "blockquote", "pre", "option");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)[^>]*>|<!--.*?-->|<![^>]*>|<\\?.*?\\?>",
            Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    final String spaced;
    final String joined;

    private MarkupText(String spaced, String joined) {
        this.spaced = spaced;
        this.joined = joined;
    }

    static MarkupText of(String text) {
        try {
            return parsed(text);
        } catch (XMLStreamException | RuntimeException notXml) {
            return tolerant(text);
        }
    }

    private static MarkupText parsed(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        // room for all the text at once: growing a builder of 60 MB copies it each time
        StringBuilder spaced = new StringBuilder(xml.length());
        StringBuilder joined = new StringBuilder(xml.length());
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
        try {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (BLOCKS.contains(reader.getLocalName())) {
                            joined.append('\n');
                        }
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            spaced.append(' ').append(reader.getAttributeValue(i)).append(' ');
                            joined.append('\n').append(reader.getAttributeValue(i)).append('\n');
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (BLOCKS.contains(reader.getLocalName())) {
                            joined.append('\n');
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        // the parser's own buffer, not a String per text node
                        char[] chars = reader.getTextCharacters();
                        int start = reader.getTextStart();
                        int length = reader.getTextLength();
                        spaced.append(' ').append(chars, start, length).append(' ');
                        joined.append(chars, start, length);
                    }
                    case XMLStreamConstants.COMMENT -> {
                        spaced.append(' ').append(reader.getText()).append(' ');
                        joined.append('\n').append(reader.getText()).append('\n');
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("undeclared entity");
                    default -> {
                    }
                }
            }
        } finally {
            reader.close();
        }
        return new MarkupText(spaced.toString(), joined.toString());
    }

    /** HTML or XML that is not well-formed: tags cut out (attribute values kept, in the spaced reading). */
    static MarkupText tolerant(String text) {
        StringBuilder spaced = new StringBuilder(text.length());
        StringBuilder joined = new StringBuilder(text.length());
        Matcher tag = TAG.matcher(text);
        int last = 0;
        while (tag.find()) {
            String between = decodeEntities(text.substring(last, tag.start()));
            spaced.append(between).append(' ');
            joined.append(between);
            String name = tag.group(2);
            String local = name == null ? "" : name.substring(name.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
            String inside = decodeEntities(tag.group());
            spaced.append(inside).append(' ');
            if (name == null || BLOCKS.contains(local) || inside.contains("=")) {
                joined.append('\n');
            }
            last = tag.end();
        }
        String rest = decodeEntities(text.substring(last));
        spaced.append(rest);
        joined.append(rest);
        return new MarkupText(spaced.toString(), joined.toString());
    }

    /** Numeric character references and the named entities of HTML's Latin-1 and special sets decoded. */
    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(ref.substring(2), 16), m.group());
            } else if (ref.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(ref.substring(1)), m.group());
            } else {
                replacement = HtmlEntities.NAMES.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int c, String asWritten) {
        return Character.isValidCodePoint(c) ? Character.toString(c) : asWritten;
    }

    /** The named entities a name can be written with in HTML: XML's five, Latin-1 (HTML 4), ligatures, quotes. */
    private static final class HtmlEntities {
        private static final String[] LATIN1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not "
                + "shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 "
                + "iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute "
                + "Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute "
                + "THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave "
                + "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml "
                + "yacute thorn yuml").split(" ");
        static final Map<String, String> NAMES = names();

        private static Map<String, String> names() {
            Map<String, String> names = new java.util.HashMap<>();
            for (int i = 0; i < LATIN1.length; i++) {
                names.put(LATIN1[i], Character.toString(0xA0 + i));
            }
            names.putAll(Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "OElig", "Œ",
                    "oelig", "œ", "Yuml", "Ÿ", "rsquo", "\u2019", "lsquo", "\u2018"));
            names.putAll(Map.of("ndash", "\u2013", "mdash", "\u2014", "hyphen", "\u2010", "dash", "\u2010"));
            return names;
        }
    }
}
