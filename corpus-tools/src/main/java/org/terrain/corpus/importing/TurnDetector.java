package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * Finds turns of speech in plain canonical text, as the contract says: lines {@code [hh:mm:ss] X : …},
 * {@code {hh:mm:ss} X : …} or {@code X : …} with X a short label. They are turns when the source is an
 * interview ({@link TurnMode#ON}), or, in {@link TurnMode#AUTO}, when at least 80 % of the non-empty lines
 * match and a speaker comes back, so that prose with an occasional {@code Article 1 : …} never becomes a
 * transcript.
 *
 * <p>A non-empty line that matches no label continues the turn above it (a wrapped line); lines before the
 * first turn and lines starting with {@code #} (headers, as in the ESLO renderings) belong to no turn.
 */
public final class TurnDetector {
    private static final String LABEL = "([\\p{L}\\p{N}][\\p{L}\\p{N}_.'’()\\-]*(?: [\\p{L}\\p{N}_.'’()\\-]+){0,2})";
    private static final String TIME = "(\\d{1,2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,3}))?";
    private static final Pattern TIMED = Pattern.compile(
            "^(?:\\[" + TIME + "\\]|\\{" + TIME + "\\})[ \\t]*" + LABEL + "[ \\t]*:(?=[ \\t]|$)");
    private static final Pattern UNTIMED = Pattern.compile("^" + LABEL + "[ \\t]*:(?=[ \\t]|$)");
    private static final int MAX_LABEL_CODE_POINTS = 40;
    static final double AUTO_THRESHOLD = 0.8;

    private TurnDetector() {
    }

    /** The turns of {@code text}; empty when it is not read as a transcript. */
    public static List<Turn> detect(String text, TurnMode mode) {
        if (mode == TurnMode.OFF) {
            return List.of();
        }
        List<Line> lines = lines(text);
        long nonEmpty = lines.stream().filter(l -> !l.text.isBlank()).count();
        long labelled = lines.stream().filter(l -> l.label != null).count();
        if (labelled == 0 || mode == TurnMode.AUTO && !looksLikeConversation(lines, labelled, nonEmpty)) {
            return List.of();
        }
        List<Turn> turns = new ArrayList<>();
        Turn open = null;
        for (Line line : lines) {
            if (line.label != null) {
                if (open != null) {
                    turns.add(open);
                }
                open = line.turn(turns.size());
            } else if (open != null && !line.text.isBlank() && !line.text.startsWith("#")) {
                open = new Turn(open.ordinal(), open.speaker(), open.timeMs(), open.label(),
                        new Span(open.speech().start(), line.trimmedEnd()));
            } else if (open != null) {
                turns.add(open);
                open = null;
            }
        }
        if (open != null) {
            turns.add(open);
        }
        return turns;
    }

    /**
     * Auto-detection: at least 80 % of the non-empty lines are labelled, and some speaker speaks twice. A
     * conversation returns to its speakers; numbered prose ("Article 1 :", "Article 2 :") and a one-line note
     * ("Observation : …") do not.
     */
    private static boolean looksLikeConversation(List<Line> lines, long labelled, long nonEmpty) {
        if (labelled < AUTO_THRESHOLD * nonEmpty) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Line line : lines) {
            if (line.label != null && !seen.add(Line.speaker(line.label))) {
                return true;
            }
        }
        return false;
    }

    /** One line of the text, its code-point start, and its label if it has one. */
    private static final class Line {
        final String text;
        final int startCp;
        final Matcher label;

        Line(String text, int startCp) {
            this.text = text;
            this.startCp = startCp;
            Matcher m = TIMED.matcher(text);
            if (!m.find()) {
                m = UNTIMED.matcher(text);
                if (!m.find()) {
                    m = null;
                }
            }
            if (m != null) {
                String speaker = speaker(m);
                if (speaker.codePointCount(0, speaker.length()) > MAX_LABEL_CODE_POINTS) {
                    m = null;
                }
            }
            this.label = m;
        }

        Turn turn(int ordinal) {
            int labelEnd = cp(label.end());
            int speechStart = label.end();
            while (speechStart < text.length() && (text.charAt(speechStart) == ' ' || text.charAt(speechStart) == '\t')) {
                speechStart++;
            }
            int speechEndCp = Math.max(cp(speechStart), trimmedEnd());
            return new Turn(ordinal, speaker(label), timeMs(label), new Span(startCp, labelEnd),
                    new Span(cp(speechStart), speechEndCp));
        }

        int trimmedEnd() {
            return cp(text.stripTrailing().length());
        }

        private int cp(int utf16InLine) {
            return startCp + text.codePointCount(0, utf16InLine);
        }

        private static String speaker(Matcher m) {
            return m.groupCount() > 1 && m.pattern() == TIMED ? m.group(9) : m.group(1);
        }

        private static long timeMs(Matcher m) {
            if (m.pattern() != TIMED) {
                return -1;
            }
            int base = m.group(1) != null ? 1 : 5;
            long ms = (Long.parseLong(m.group(base)) * 3600 + Long.parseLong(m.group(base + 1)) * 60
                    + Long.parseLong(m.group(base + 2))) * 1000;
            String fraction = m.group(base + 3);
            if (fraction != null) {
                ms += Long.parseLong((fraction + "00").substring(0, 3));
            }
            return ms;
        }
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int cp = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end);
            out.add(new Line(line, cp));
            cp += line.codePointCount(0, line.length()) + 1;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out;
    }
}
