package org.terrain.corpus.coding;

import java.text.BreakIterator;
import java.util.Locale;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Finds the unit of text around a span of a source. Every unit stays inside the speech of its turn (a
 * sentence never runs past a turn's end into the next label) and, outside transcripts, inside its line.
 * Units are trimmed of surrounding white space.
 */
final class Units {
    private final Source source;
    private final CodePointIndex index;

    Units(Source source) {
        this.source = source;
        this.index = new CodePointIndex(source.text());
    }

    Span around(Span hit, CodingUnit unit) {
        if (unit == CodingUnit.HIT) {
            return hit;
        }
        Span container = container(hit);
        if (isTurn(container) && (unit == CodingUnit.TURN || unit == CodingUnit.PARAGRAPH)) {
            return trim(container);
        }
        Span line = line(hit, container);
        if (unit == CodingUnit.PARAGRAPH || unit == CodingUnit.TURN) { // outside transcripts a turn is a paragraph
            return trim(line);
        }
        return trim(sentence(hit, line));
    }

    /** The turn's speech holding the hit, or the whole text outside transcripts. */
    private Span container(Span hit) {
        for (Turn turn : source.turns()) {
            if (turn.speech().start() <= hit.start() && hit.start() < Math.max(turn.speech().end(), turn.speech().start() + 1)) {
                return turn.speech();
            }
        }
        return new Span(0, index.codePointLength());
    }

    private boolean isTurn(Span container) {
        return !source.turns().isEmpty() && container.length() < index.codePointLength();
    }

    private Span line(Span hit, Span container) {
        String text = source.text();
        int from = index.toUtf16(container.start());
        int to = index.toUtf16(container.end());
        int at = index.toUtf16(hit.start());
        int start = text.lastIndexOf('\n', Math.max(from, at - 1));
        start = start < from ? from : start + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 || end > to ? to : end;
        return new Span(index.toCodePoint(start), Math.max(index.toCodePoint(end), hit.end()));
    }

    private Span sentence(Span hit, Span line) {
        String text = index.substring(line.start(), line.end());
        CodePointIndex local = new CodePointIndex(text);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.FRENCH);
        sentences.setText(text);
        int hitStart = local.toUtf16(hit.start() - line.start());
        int hitEnd = local.toUtf16(Math.min(hit.end(), line.end()) - line.start());
        int start = sentences.preceding(Math.min(hitStart + 1, text.length()));
        start = start == BreakIterator.DONE ? 0 : start;
        int end = sentences.following(Math.max(hitEnd - 1, 0));
        end = end == BreakIterator.DONE ? text.length() : end;
        return new Span(line.start() + local.toCodePoint(start), line.start() + local.toCodePoint(end));
    }

    private Span trim(Span span) {
        String text = index.substring(span.start(), span.end());
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int trail = text.length();
        while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))) {
            trail--;
        }
        int start = span.start() + text.codePointCount(0, lead);
        int end = start + text.codePointCount(lead, trail);
        return end > start ? new Span(start, end) : span;
    }
}
