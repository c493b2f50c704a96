package org.terrain.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transcriber's notes inside a turn — {@code [rire]}, {@code [bb]}, {@code [inaudible]}, the instantaneous
 * noises of a Transcriber file — which are no words of the speaker's: the language analysis leaves them out, the
 * TEI export marks them as incidents and the Iramuteq export drops them, so that « rire » never counts as a verb
 * the interviewees used. (The command line's word counts keep them: its contract counts the whole speech span.)
 */
public final class TranscriberNotes {
    private static final Pattern NOTE = Pattern.compile("\\[([^\\[\\]\\n]{1,60})\\]");

    private TranscriberNotes() {
    }

    /** A stretch of a turn's speech: words, or a note (its text without the brackets). */
    public record Piece(String text, boolean note) {
    }

    /** Where the notes of {@code text} lie between {@code from} and {@code to}: UTF-16 [start, end) pairs. */
    public static List<int[]> find(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NOTE.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The speech cut into words and notes, in order; empty stretches left out. */
    public static List<Piece> pieces(String speech) {
        List<Piece> out = new ArrayList<>();
        Matcher m = NOTE.matcher(speech);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Piece(speech.substring(at, m.start()), false));
            }
            out.add(new Piece(m.group(1).strip(), true));
            at = m.end();
        }
        if (at < speech.length()) {
            out.add(new Piece(speech.substring(at), false));
        }
        return out;
    }

    /** The speech without its notes (each left as a space). */
    public static String withoutNotes(String speech) {
        return NOTE.matcher(speech).replaceAll(" ");
    }
}
