package org.terrain.corpus.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.text.CanonicalText;

/**
 * Renders turns read from a structured transcript (.trs, .vtt, .srt) as the contract's plain form, one turn a
 * line {@code [hh:mm:ss] SPEAKER : speech}, and records each turn's label and speech spans while writing, so
 * the spans never depend on re-reading the text. The spans equal what {@link TurnDetector} finds in the same
 * text: a transcript imported from its structured file or from its plain rendering is the same source.
 *
 * <p>Times are floored to whole seconds, and the turn's {@code timeMs} is the time its label shows, so the
 * two never disagree.
 */
final class TranscriptWriter {
    /**
     * The label of a turn whose source names no speaker. A word rather than {@code ?}, so that the rendering
     * read back as plain text still has its turns (a label starts with a letter); French, as the product.
     */
    static final String UNNAMED_SPEAKER = "LOCUTEUR";

    private final StringBuilder text = new StringBuilder();
    private final List<Turn> turns = new ArrayList<>();
    private int codePoints;

    /** A line that belongs to no turn, such as a {@code #} header; the caller starts it with {@code #}. */
    TranscriptWriter comment(String line) {
        append(oneLine(line));
        append("\n");
        return this;
    }

    TranscriptWriter blankLine() {
        append("\n");
        return this;
    }

    /** Writes one turn line; a turn with no speech is left out, as it would hold no words. */
    TranscriptWriter turn(TranscriptLine line) {
        String speech = oneLine(line.speech());
        if (speech.isEmpty()) {
            return this;
        }
        int lineStart = codePoints;
        if (line.timeMs() >= 0) {
            append("[" + clock(line.timeMs()) + "] ");
        }
        String speaker = oneLine(line.speaker());
        if (speaker.isEmpty()) {
            speaker = UNNAMED_SPEAKER;
        }
        append(speaker + " :");
        int labelEnd = codePoints;
        append(" ");
        int speechStart = codePoints;
        append(speech);
        turns.add(new Turn(turns.size(), speaker, floorToSecond(line.timeMs()),
                new Span(lineStart, labelEnd), new Span(speechStart, codePoints)));
        append("\n");
        return this;
    }

    int turnCount() {
        return turns.size();
    }

    ImportedDocument document(Map<String, String> metadata) {
        String result = text.toString();
        if (!result.equals(CanonicalText.of(result))) {
            // every piece was normalised and bounded by ASCII that composes with nothing: this cannot happen
            throw new IllegalStateException("transcript rendering is not canonical");
        }
        return new ImportedDocument(result, List.copyOf(turns), Map.copyOf(metadata));
    }

    /** {@code hh:mm:ss} of a time floored to the second. */
    static String clock(long timeMs) {
        long seconds = timeMs / 1000;
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static long floorToSecond(long timeMs) {
        return timeMs < 0 ? -1 : timeMs / 1000 * 1000;
    }

    /**
     * NFC, and any run of whitespace (line breaks included) as one space: a turn is one line. No-break spaces
     * inside are kept (French typography puts them before ? and :) but not at the ends.
     */
    static String oneLine(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                    || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().replaceAll("^[\\u00A0\\u202F ]+|[\\u00A0\\u202F ]+$", "");
    }

    private void append(String piece) {
        text.append(piece);
        codePoints += piece.codePointCount(0, piece.length());
    }
}
