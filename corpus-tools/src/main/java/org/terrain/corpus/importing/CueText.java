package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a cue's lines to plain text pieces: voice tags ({@code <v Martine>}, {@code <v.loud Martine>})
 * become the pieces' speaker; other tags ({@code <c>}, {@code <i>}, {@code <b>}, {@code <font …>}, karaoke
 * timestamps {@code <00:00:01.000>}) and SSA overrides ({@code {\an8}}) are dropped; the entities that
 * subtitle writers use are decoded. A {@code <} that opens no tag ({@code x < y}) is left as text.
 */
final class CueText {
    private static final Pattern TAG = Pattern.compile("<(?:/?[A-Za-z][^<>]*|\\d{1,3}(?::\\d{2}){1,2}(?:[.,]\\d{1,3})?)>");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:\\s+([^>]*))?>");
    private static final Pattern SSA_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Pattern DIALOGUE_DASH = Pattern.compile("^\\s*(?:[-–—](?=\\s)|>>)\\s*");

    private CueText() {
    }

    static CleanCue clean(SubtitleCue cue) {
        List<CuePiece> pieces = new ArrayList<>();
        String voice = null; // a voice tag left open speaks to the end of the cue
        for (String line : cue.lines()) {
            String text = SSA_OVERRIDE.matcher(line).replaceAll("");
            StringBuilder piece = new StringBuilder();
            boolean lineStart = true;
            Matcher tag = TAG.matcher(text);
            int from = 0;
            while (tag.find()) {
                piece.append(text, from, tag.start());
                from = tag.end();
                Matcher v = VOICE.matcher(tag.group());
                boolean opensVoice = v.matches();
                if (opensVoice || tag.group().equals("</v>")) {
                    lineStart &= !add(pieces, voice, piece, lineStart);
                    voice = opensVoice && v.group(1) != null && !v.group(1).isBlank() ? v.group(1).strip() : null;
                }
            }
            piece.append(text, from, text.length());
            add(pieces, voice, piece, lineStart);
        }
        return new CleanCue(cue.startMs(), List.copyOf(pieces));
    }

    /** Adds the piece if it has text, and says whether it did. */
    private static boolean add(List<CuePiece> pieces, String voice, StringBuilder raw, boolean lineStart) {
        String text = decodeEntities(raw.toString());
        raw.setLength(0);
        boolean dash = false;
        if (lineStart) {
            Matcher m = DIALOGUE_DASH.matcher(text);
            if (m.find()) {
                dash = true;
                text = text.substring(m.end());
            }
        }
        text = TranscriptWriter.oneLine(text);
        if (text.isEmpty()) {
            return false;
        }
        pieces.add(new CuePiece(voice, dash, text));
        return true;
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }

    private static String entity(String name, String whole) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            case "lrm", "rlm" -> ""; // direction marks: invisible, and they would split words in search
            default -> numeric(name, whole);
        };
    }

    private static String numeric(String name, String whole) {
        if (!name.startsWith("#")) {
            return whole;
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
    }
}
