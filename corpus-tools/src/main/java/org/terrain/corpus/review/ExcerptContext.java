package org.terrain.corpus.review;

import java.text.BreakIterator;
import java.util.Locale;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CodePointIndex;

/**
 * What a reviewer reads around an excerpt: in a transcript the whole turn (or turns) it lies in, label
 * included so the speaker is named; in prose the sentence(s) holding it with the one before and the one after,
 * within its paragraph. A context longer than {@link #MAX} is cut around the excerpt.
 */
final class ExcerptContext {
    /** Code points: a long turn is cut to this around the excerpt, so a package stays light to read. */
    static final int MAX = 1500;

    private ExcerptContext() {
    }

    /** The stretch of {@code source}'s text shown around {@code excerpt}. */
    static Span around(Source source, CodePointIndex text, Span excerpt) {
        Span context = source.isTranscript() ? turns(source, excerpt) : null;
        if (context == null) {
            context = sentences(text, excerpt);
        }
        if (context.length() > MAX && excerpt.length() < MAX) {
            int room = (MAX - excerpt.length()) / 2;
            int start = Math.max(context.start(), excerpt.start() - room);
            int end = Math.min(context.end(), excerpt.end() + room);
            context = new Span(start, end);
        }
        return context;
    }

    private static Span turns(Source source, Span excerpt) {
        int start = -1;
        int end = -1;
        for (Turn turn : source.turns()) {
            Span whole = new Span(Math.min(turn.label().start(), turn.speech().start()),
                    Math.max(turn.label().end(), turn.speech().end()));
            if (whole.overlaps(excerpt) || whole.contains(excerpt)) {
                start = start < 0 ? whole.start() : Math.min(start, whole.start());
                end = Math.max(end, whole.end());
            }
        }
        return start < 0 ? null : new Span(Math.min(start, excerpt.start()), Math.max(end, excerpt.end()));
    }

    private static Span sentences(CodePointIndex text, Span excerpt) {
        String all = text.text();
        int from = text.toUtf16(excerpt.start());
        int to = text.toUtf16(excerpt.end());
        int paragraphStart = all.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        int paragraphEnd = all.indexOf('\n', Math.max(to - 1, paragraphStart));
        if (paragraphEnd < 0 || paragraphEnd < to) {
            paragraphEnd = Math.max(to, paragraphEnd < 0 ? all.length() : paragraphEnd);
        }
        if (from < paragraphStart) {
            paragraphStart = from;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.FRENCH);
        sentences.setText(all.substring(paragraphStart, paragraphEnd));
        int localFrom = from - paragraphStart;
        int localTo = to - paragraphStart;
        int start = sentences.isBoundary(localFrom) ? localFrom : sentences.preceding(localFrom);
        int before = sentences.preceding(Math.max(start, 0));
        start = before == BreakIterator.DONE ? Math.max(start, 0) : before;
        int end = localTo >= paragraphEnd - paragraphStart || sentences.isBoundary(localTo) ? localTo
                : sentences.following(localTo);
        int after = end >= paragraphEnd - paragraphStart ? BreakIterator.DONE : sentences.following(end);
        end = after == BreakIterator.DONE ? Math.max(end, localTo) : after;
        return new Span(text.toCodePoint(paragraphStart + start), text.toCodePoint(paragraphStart + end));
    }
}
