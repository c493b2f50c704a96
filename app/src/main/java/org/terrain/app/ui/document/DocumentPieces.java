package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.SourceStore;
import org.terrain.corpus.text.TranscriberNotes;

/**
 * Cuts a source's text into styled pieces along its turns. Spans count code points while Java strings count
 * UTF-16 units, so one cursor walks both in step: each text is walked once, whatever its length.
 */
final class DocumentPieces {
    private final String text;
    private final List<DocumentPiece> pieces = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private DocumentPiece.Role pendingRole;
    private int codePoint;
    private int index;

    private DocumentPieces(String text) {
        this.text = text;
    }

    static List<DocumentPiece> of(Source source) {
        DocumentPieces out = new DocumentPieces(source.text());
        Set<String> interviewers = Set.copyOf(SourceStore.interviewers(source));
        for (Turn turn : source.turns()) {
            out.plainUpTo(turn.label().start());
            out.take(turn.label().end(), DocumentPiece.Role.LABEL);
            out.plainUpTo(turn.speech().start());
            out.takeSpeech(turn.speech().end(), interviewers.contains(turn.speaker())
                    ? DocumentPiece.Role.INTERVIEWER_SPEECH : DocumentPiece.Role.SPEECH);
        }
        out.plainUpTo(source.text().codePointCount(0, source.text().length()));
        out.flush();
        return List.copyOf(out.pieces);
    }

    /** Text outside turns, line by line: a whole line starting with {@code #} is a header note. */
    private void plainUpTo(int endCodePoint) {
        int end = text.offsetByCodePoints(index, endCodePoint - codePoint);
        while (index < end) {
            int newline = text.indexOf('\n', index);
            int lineEnd = newline < 0 || newline >= end ? end : newline + 1;
            boolean wholeLine = index == 0 || text.charAt(index - 1) == '\n';
            DocumentPiece.Role role = wholeLine && text.startsWith("#", index)
                    ? DocumentPiece.Role.NOTE : DocumentPiece.Role.PLAIN;
            append(index, lineEnd, role);
            index = lineEnd;
        }
        codePoint = endCodePoint;
    }

    private void take(int endCodePoint, DocumentPiece.Role role) {
        int end = text.offsetByCodePoints(index, endCodePoint - codePoint);
        append(index, end, role);
        index = end;
        codePoint = endCodePoint;
    }

    /** A turn's speech, its transcriber's notes ([rire]) apart. */
    private void takeSpeech(int endCodePoint, DocumentPiece.Role role) {
        int end = text.offsetByCodePoints(index, endCodePoint - codePoint);
        for (int[] note : TranscriberNotes.find(text, index, end)) {
            append(index, note[0], role);
            append(note[0], note[1], DocumentPiece.Role.TRANSCRIBER_NOTE);
            index = note[1];
        }
        append(index, end, role);
        index = end;
        codePoint = endCodePoint;
    }

    /** Adjacent runs of one role become one piece: fewer nodes to draw. */
    private void append(int from, int to, DocumentPiece.Role role) {
        if (from == to) {
            return;
        }
        if (role != pendingRole) {
            flush();
            pendingRole = role;
        }
        pending.append(text, from, to);
    }

    private void flush() {
        if (!pending.isEmpty()) {
            pieces.add(new DocumentPiece(pending.toString(), pendingRole));
            pending.setLength(0);
        }
    }
}
