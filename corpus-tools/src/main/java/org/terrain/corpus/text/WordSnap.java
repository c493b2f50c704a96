package org.terrain.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * Where the coding of a selection starts and ends when it is snapped to whole words, as MAXQDA codes: a
 * selection that starts or ends inside a word takes the whole word, blanks, punctuation and signs (emoji) at
 * its ends are left out, a selection inside one word codes that word. A mouse sweep one character too early
 * then codes « Une fuite », not « . Une fuite ».
 *
 * <p>What a word is, in French: letters, digits and accents; a hyphen between two of them joins them
 * (Saint-Fons, êtes-vous), so does an apostrophe (aujourd’hui) except after an elided word (l’, d’, qu’,
 * jusqu’…), which is a word of its own, as the search's elision has it: coding « usine » in « l’usine » never
 * takes the article; a decimal comma or point between digits joins them (12,5). A turn's label
 * ({@code [00:01:02] MARTINE :}) is never words of the speaker: a selection starting in one starts with the
 * speech after it, one ending in one ends before it. A selection of signs only (an emoji) is kept as it is,
 * without its blanks.
 *
 * <p>Positions are code points of the canonical text, as the store counts them. Built once per text.
 */
public final class WordSnap {
    /** Words French elides before a vowel: their apostrophe ends them. */
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu");

    private final String text;
    private final CodePointIndex index;
    /** Per turn, code points {@code [label start, speech start)}: where a coding never starts nor ends. */
    private final List<Span> labels;

    public WordSnap(String text, List<Turn> turns) {
        this.text = text;
        this.index = new CodePointIndex(text);
        List<Span> zones = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            int end = Math.max(turn.label().end(), turn.speech().start());
            if (end > turn.label().start()) {
                zones.add(new Span(turn.label().start(), end));
            }
        }
        this.labels = List.copyOf(zones);
    }

    /** The stretch to code for {@code selection}; empty when nothing is left to code (blanks, a label). */
    public Optional<Span> snap(Span selection) {
        int length = index.codePointLength();
        int startCp = Math.min(selection.start(), length);
        int endCp = Math.min(selection.end(), length);
        for (Span label : labels) {
            if (label.start() <= startCp && startCp < label.end()) {
                startCp = label.end();
            }
            if (label.start() < endCp && endCp <= label.end()) {
                endCp = label.start();
            }
        }
        if (startCp >= endCp) {
            return Optional.empty();
        }
        int start = index.toUtf16(startCp);
        int end = index.toUtf16(endCp);
        if (!hasWord(start, end)) {
            return trimmed(start, end, false);
        }
        while (start > 0 && insideWord(start)) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        while (end < text.length() && insideWord(end)) {
            end += Character.charCount(text.codePointAt(end));
        }
        return trimmed(start, end, true);
    }

    /** The stretch without what is not a word at its ends ({@code signs}), or without its blanks only. */
    private Optional<Span> trimmed(int start, int end, boolean signs) {
        while (start < end && isTrimmed(text.codePointAt(start), signs)) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isTrimmed(text.codePointBefore(end), signs)) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return start < end ? Optional.of(new Span(index.toCodePoint(start), index.toCodePoint(end)))
                : Optional.empty();
    }

    private static boolean isTrimmed(int cp, boolean signs) {
        return signs ? !isWordChar(cp) : Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private boolean hasWord(int start, int end) {
        return text.substring(start, end).codePoints().anyMatch(WordSnap::isWordChar);
    }

    /** Whether a word goes on across the boundary before UTF-16 index {@code at} (0 < at < length). */
    private boolean insideWord(int at) {
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        if (isWordChar(before) && isWordChar(after)) {
            return true;
        }
        if (isWordChar(before) && joins(at)) {
            return true; // at the joiner's start
        }
        int joiner = at - Character.charCount(before);
        return isWordChar(after) && joiner > 0 && joins(joiner); // just after the joiner
    }

    /** Whether the character at {@code at} joins the word before it to the word after it. */
    private boolean joins(int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        int joiner = text.codePointAt(at);
        int next = at + Character.charCount(joiner);
        if (next >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(next);
        if (joiner == '.' || joiner == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        if (!isWordChar(before) || !isWordChar(after)) {
            return false;
        }
        if (isHyphen(joiner)) {
            return true;
        }
        return isApostrophe(joiner) && !ELIDED.contains(lettersBefore(at).toLowerCase(Locale.ROOT));
    }

    /** The letters just before {@code at}, back to the first character that is not one. */
    private String lettersBefore(int at) {
        int from = at;
        while (from > 0 && Character.isLetter(text.codePointBefore(from))) {
            from -= Character.charCount(text.codePointBefore(from));
        }
        return text.substring(from, at);
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }
}
