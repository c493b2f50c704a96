package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cues of a WebVTT or SRT file (canonical text). Both formats are a timing line
 * {@code start --> end} followed by text lines up to a blank line; everything outside cues (the
 * {@code WEBVTT} header, {@code NOTE}, {@code STYLE} and {@code REGION} blocks, cue identifiers and SRT
 * numbers) precedes a timing line or follows a blank line, so it is skipped by construction.
 *
 * <p>Lenient on purpose, as the files come from many tools: {@code ,} or {@code .} before milliseconds, hours
 * optional, cue settings after the end time ignored. A line with {@code -->} that is not a readable timing is
 * counted, with its place, and its cue skipped. A whitespace-only line right after a timing line does not end
 * the cue: YouTube's captions start cues with one.
 */
final class SubtitleParser {
    private static final String TIME = "(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?";
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(?:\\s.*)?$");

    /** The cues, and the lines with {@code -->} that could not be read (count, and the first one). */
    record Result(List<SubtitleCue> cues, int malformed, int firstMalformedLine, String firstMalformedText) {
    }

    private SubtitleParser() {
    }

    static Result parse(String text) {
        List<SubtitleCue> cues = new ArrayList<>();
        int malformed = 0;
        int firstBadLine = -1;
        String firstBadText = null;
        List<String> payload = null; // null: outside a cue
        long start = 0;
        int timingLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains("-->")) {
                dropTrailingCueNumber(payload);
                addIfAny(cues, start, timingLine, payload);
                Matcher m = TIMING.matcher(line);
                long parsed = m.matches() ? startMs(m) : -1;
                if (parsed < 0) {
                    malformed++;
                    if (firstBadLine < 0) {
                        firstBadLine = i + 1;
                        firstBadText = line.strip();
                    }
                    payload = null;
                } else {
                    payload = new ArrayList<>();
                    start = parsed;
                    timingLine = i + 1;
                }
            } else if (payload != null) {
                if (line.isBlank()) {
                    if (!payload.isEmpty()) { // a blank line before any text is YouTube's, not the cue's end
                        addIfAny(cues, start, timingLine, payload);
                        payload = null;
                    }
                } else {
                    payload.add(line);
                }
            }
        }
        addIfAny(cues, start, timingLine, payload);
        return new Result(List.copyOf(cues), malformed, firstBadLine, firstBadText);
    }

    /** An SRT written without blank lines puts the next cue's number right after the text: not speech. */
    private static void dropTrailingCueNumber(List<String> payload) {
        if (payload != null && payload.size() > 1 && payload.getLast().strip().matches("\\d+")) {
            payload.removeLast();
        }
    }

    private static void addIfAny(List<SubtitleCue> cues, long start, int line, List<String> payload) {
        if (payload != null && !payload.isEmpty()) {
            cues.add(new SubtitleCue(start, line, List.copyOf(payload)));
            payload.clear();
        }
    }

    /** The start in milliseconds, or -1 when minutes or seconds are out of range or the end is before it. */
    private static long startMs(Matcher m) {
        long start = ms(m, 1);
        long end = ms(m, 5);
        return start < 0 || end < 0 || end < start ? -1 : start;
    }

    private static long ms(Matcher m, int group) {
        long hours = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        long minutes = Long.parseLong(m.group(group + 1));
        long seconds = Long.parseLong(m.group(group + 2));
        if (minutes > 59 || seconds > 59) {
            return -1;
        }
        String fraction = m.group(group + 3);
        long millis = fraction == null ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
