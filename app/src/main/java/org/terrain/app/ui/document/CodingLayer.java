package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The codings of the shown source laid over its text, all computed at once off the FX thread: the styles of
 * the whole text (roles and tints) as one {@link StyleSpans}, the codings in their margin lanes, and for each
 * paragraph the marks its margin draws. Immutable; the view applies it in one call.
 *
 * @param codings   by start, each with its lane
 * @param laneCount lanes the margin needs (0 without codings)
 * @param styles    covering the whole text
 * @param marks     per paragraph (a line of the text), the stripes of its margin
 */
public record CodingLayer(List<Coding> codings, int laneCount, StyleSpans<RunStyle> styles,
                          List<List<MarginMark>> marks) {

    /** Lays {@code codings} (lanes not yet set) over the text made of {@code pieces}. */
    public static CodingLayer of(List<DocumentPiece> pieces, List<Coding> codings) {
        List<Coding> laned = Lanes.assign(codings);
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return new CodingLayer(laned, Lanes.count(laned), styles(pieces, laned), marks(text, laned));
    }

    /** The marks of one paragraph; none past the end. */
    public List<MarginMark> marks(int paragraph) {
        return paragraph < marks.size() ? marks.get(paragraph) : List.of();
    }

    /** The codings covering the character at {@code index}, outermost lane first. */
    public List<Coding> at(int index) {
        return codings.stream().filter(c -> c.range().contains(index)).toList();
    }

    /** Runs of one role, cut where a coding starts or ends, each with the tint of the codings over it. */
    static StyleSpans<RunStyle> styles(List<DocumentPiece> pieces, List<Coding> codings) {
        List<int[]> roleRuns = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        int position = 0;
        for (DocumentPiece piece : pieces) {
            String text = piece.text();
            String role = piece.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
            int time = piece.role() == DocumentPiece.Role.LABEL ? timeLength(text) : 0;
            if (time > 0) {
                roleRuns.add(new int[] {position, position + time});
                roles.add("time");
            }
            roleRuns.add(new int[] {position + time, position + text.length()});
            roles.add(role);
            position += text.length();
        }
        int length = position;
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        roleRuns.forEach(run -> cuts.add(run[0]));
        for (Coding coding : codings) {
            cuts.add(Math.min(coding.range().start(), length));
            cuts.add(Math.min(coding.range().end(), length));
        }
        StyleSpansBuilder<RunStyle> builder = new StyleSpansBuilder<>();
        Map<List<String>, String> tints = new HashMap<>();
        List<Coding> byStart = codings.stream()
                .sorted(java.util.Comparator.comparingInt(c -> c.range().start())).toList();
        List<Coding> active = new ArrayList<>();
        int next = 0;
        int run = 0;
        RunStyle pending = null;
        int pendingLength = 0;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int at = from;
                while (run < roleRuns.size() - 1 && roleRuns.get(run)[1] <= at) {
                    run++;
                }
                while (next < byStart.size() && byStart.get(next).range().start() <= at) {
                    active.add(byStart.get(next++));
                }
                active.removeIf(c -> c.range().end() <= at);
                List<String> colors = active.stream().map(Coding::color).sorted().toList();
                String tint = tints.computeIfAbsent(colors, Tints::blend);
                RunStyle style = new RunStyle(roles.isEmpty() ? "plain" : roles.get(run), tint);
                if (style.equals(pending)) {
                    pendingLength += cut - at;
                } else {
                    if (pending != null) {
                        builder.add(pending, pendingLength);
                    }
                    pending = style;
                    pendingLength = cut - at;
                }
            }
            from = cut;
        }
        builder.add(pending == null ? RunStyle.PLAIN : pending, pendingLength);
        return builder.create();
    }

    /** "[00:01:02] " at the start of a label: the time, drawn apart from the speaker's name. */
    private static int timeLength(String label) {
        if (!label.startsWith("[")) {
            return 0;
        }
        int close = label.indexOf(']');
        if (close < 0) {
            return 0;
        }
        int end = close + 1;
        while (end < label.length() && label.charAt(end) == ' ') {
            end++;
        }
        return end < label.length() ? end : 0;
    }

    /** Each coding's stripe cut along the paragraphs (lines of the text) it spans. */
    static List<List<MarginMark>> marks(CharSequence text, List<Coding> codings) {
        int[] starts = paragraphStarts(text);
        List<List<MarginMark>> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            out.add(new ArrayList<>());
        }
        for (Coding coding : codings) {
            int start = coding.range().start();
            int last = Math.max(start, coding.range().end() - 1);
            int first = paragraphOf(starts, start);
            int end = paragraphOf(starts, last);
            for (int p = first; p <= end; p++) {
                int paragraphStart = starts[p];
                int paragraphEnd = p + 1 < starts.length ? starts[p + 1] - 1 : text.length();
                int localStart = Math.max(start, paragraphStart) - paragraphStart;
                int localEnd = Math.max(localStart, Math.min(coding.range().end(), paragraphEnd) - paragraphStart);
                out.get(p).add(new MarginMark(coding, localStart, localEnd, p == first, p == end));
            }
        }
        return out.stream().map(List::copyOf).toList();
    }

    /** Where each paragraph starts: 0, then after each {@code \n}, as RichTextFX splits the text. */
    static int[] paragraphStarts(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int paragraphOf(int[] starts, int index) {
        int found = Arrays.binarySearch(starts, index);
        return found >= 0 ? found : -found - 2;
    }
}
