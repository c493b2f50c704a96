package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words CoreNLP's French tokenizer cuts into pieces: codes that begin with a letter and mix letters and digits
 * (A380, G20, H1N1, COVID-19, VIH-1) would count as a letter and a number, and ordinals (87e, 2nde) as a number
 * and a letter, the shifts of industrial work (3x8) as three pieces; numbers written with a space between
 * thousands (100 000) as two numbers; « c'est-à-dire » as
 * « c' » + « est-à-dire », and the « l'on » of written French (« si l'on veut ») as an article before « on ».
 * Each is joined back into the one word it is. A quantity and its unit stay two words (10 km, 10km, 35h), and
 * so do the pieces of « 14h-16h »: a code never starts right after a number.
 */
final class JoinedTokens {
    private static final Pattern CODE_PIECE = Pattern.compile("[\\p{L}\\p{N}]+|-\\p{N}+");
    private static final Pattern CODE_START = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final Pattern DIGIT = Pattern.compile(".*\\p{N}.*");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
    private static final Set<String> ORDINAL_ENDINGS = Set.of("e", "er", "re", "ère", "ème", "eme", "è", "nd", "nde");
    private static final Pattern THOUSANDS_HEAD = Pattern.compile("\\d{1,3}");
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("\\d{3}");
    private static final Set<String> THOUSANDS_SPACES = Set.of(" ", "\u00A0", "\u202F");
    private static final Set<List<String>> PAIRS = Set.of(List.of("c'", "est-à-dire"), List.of("l'", "on"));

    private JoinedTokens() {
    }

    static List<CoreLabel> join(List<CoreLabel> tokens, String text) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int end = codeEnd(tokens, i, text);
            if (end == i + 1) {
                end = ordinalEnd(tokens, i);
            }
            if (end == i + 1) {
                end = shiftsEnd(tokens, i);
            }
            if (end == i + 1) {
                end = thousandsEnd(tokens, i, text);
            }
            if (end == i + 1 && i + 1 < tokens.size() && touching(tokens.get(i), tokens.get(i + 1))
                    && PAIRS.contains(List.of(plain(tokens.get(i)), plain(tokens.get(i + 1))))) {
                end = i + 2;
            }
            out.add(end == i + 1 ? tokens.get(i) : TokenRepairs.joined(tokens, i, end, text));
            i = end;
        }
        return out;
    }

    /**
     * The end of the longest run of touching code pieces from {@code from} that starts with a letter, right after
     * no number, and holds a digit; {@code from + 1} when there is none.
     */
    private static int codeEnd(List<CoreLabel> tokens, int from, String text) {
        CoreLabel first = tokens.get(from);
        if (!piece(first) || !CODE_START.matcher(first.word()).matches()
                || (from > 0 && touching(tokens.get(from - 1), first) && DIGIT.matcher(tokens.get(from - 1).word()).matches())) {
            return from + 1;
        }
        int end = from + 1;
        while (end < tokens.size() && piece(tokens.get(end)) && touching(tokens.get(end - 1), tokens.get(end))) {
            end++;
        }
        if (end == from + 1) {
            return end;
        }
        String run = text.substring(first.beginPosition(), tokens.get(end - 1).endPosition());
        return DIGIT.matcher(run).matches() ? end : from + 1;
    }

    /** 3x8, 2×8: the shifts of industrial work (les trois-huit), one word, as written. */
    private static int shiftsEnd(List<CoreLabel> tokens, int from) {
        if (from + 2 < tokens.size() && NUMBER.matcher(tokens.get(from).word()).matches()
                && touching(tokens.get(from), tokens.get(from + 1)) && touching(tokens.get(from + 1), tokens.get(from + 2))
                && TokenRepairs.verbatim(tokens.get(from + 1))
                && Set.of("x", "X", "×").contains(tokens.get(from + 1).word())
                && NUMBER.matcher(tokens.get(from + 2).word()).matches()) {
            return from + 3;
        }
        return from + 1;
    }

    /** 87e, 2nde, 1er: a number and the ending that makes it an ordinal, touching. */
    private static int ordinalEnd(List<CoreLabel> tokens, int from) {
        if (from + 1 < tokens.size() && NUMBER.matcher(tokens.get(from).word()).matches()
                && touching(tokens.get(from), tokens.get(from + 1)) && TokenRepairs.verbatim(tokens.get(from + 1))
                && ORDINAL_ENDINGS.contains(tokens.get(from + 1).word().toLowerCase(Locale.ROOT))) {
            return from + 2;
        }
        return from + 1;
    }

    /** 100 000, 1 250 000: a group of one to three digits followed by groups of three, one space apart. */
    private static int thousandsEnd(List<CoreLabel> tokens, int from, String text) {
        if (!THOUSANDS_HEAD.matcher(tokens.get(from).word()).matches()) {
            return from + 1;
        }
        int end = from + 1;
        while (end < tokens.size() && THOUSANDS_TAIL.matcher(tokens.get(end).word()).matches()
                && THOUSANDS_SPACES.contains(text.substring(tokens.get(end - 1).endPosition(),
                tokens.get(end).beginPosition()))) {
            end++;
        }
        return end;
    }

    private static boolean piece(CoreLabel token) {
        return TokenRepairs.verbatim(token) && CODE_PIECE.matcher(token.word()).matches();
    }

    private static boolean touching(CoreLabel left, CoreLabel right) {
        return left.endPosition() == right.beginPosition();
    }

    private static String plain(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
