package org.terrain.corpus.exchange;

/**
 * Whether the leak check must read a text with its entities decoded, or whether that reading cannot show an original
 * the raw text does not. An XML writer escapes only {@code & < > "}, as {@code &amp; &lt; &gt; &quot;}: when these
 * are the only entities of a text and no original holds {@code & ; < > "} (all outside words), no match can take in
 * an entity, written or decoded, nor run across one; a match lies between two entities, in a stretch that reads the
 * same both ways, and the search starts afresh after each entity in both readings. So every original the decoded
 * reading would find, the raw one finds. Any other entity ({@code &#116;}, {@code &apos;}, {@code &eacute;}) makes
 * the decoded reading needed: it can complete a name.
 */
final class EntityReading {
    private static final String[] WRITERS_ENTITIES = {"amp;", "lt;", "gt;", "quot;"};
    /** The chars of those entities as written and decoded, apart from the letters of their names. */
    private static final String AROUND_WORDS = "&;<>\"";

    private EntityReading() {
    }

    static boolean needed(String raw, LeakMatcher matcher) {
        if (matcher.holdsAnyOf(AROUND_WORDS)) {
            return true;
        }
        for (int at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', at + 1)) {
            if (at + 1 < raw.length() && isEntityStart(raw.charAt(at + 1)) && !writersEntityAt(raw, at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** What may follow « & » in an entity that {@link MarkupText#decodeEntities} or an XML parser decodes. */
    private static boolean isEntityStart(char c) {
        return c == '#' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean writersEntityAt(String raw, int at) {
        for (String entity : WRITERS_ENTITIES) {
            if (raw.startsWith(entity, at)) {
                return true;
            }
        }
        return false;
    }
}
