package org.terrain.corpus.importing;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that never leave the file: no DTD is read (a {@code <!DOCTYPE Trans SYSTEM "trans-14.dtd">}
 * names a file the researcher does not have, and fetching it could hang or reach the network), and no
 * external entity is resolved (an {@code <!ENTITY x SYSTEM "file:///etc/passwd">} would copy a file of the
 * computer into the project). Entity references other than the five of XML are then reported as
 * {@link javax.xml.stream.XMLStreamConstants#ENTITY_REFERENCE} events, left for the caller to refuse.
 *
 * <p>The JDK's own parser is used on purpose ({@code newDefaultFactory}), not whichever StAX implementation a
 * library brings on the class path, so these settings mean the same thing everywhere.
 */
final class SafeXmlInput {
    private SafeXmlInput() {
    }

    static XMLStreamReader reader(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory.createXMLStreamReader(new StringReader(xml));
    }
}
