package org.terrain.corpus.pseudonym;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.text.NameFold;

/**
 * Replaces the originals of a set of entries in a text, in one pass: at each word start of the folded text
 * ({@link NameFold}: case, accents, apostrophes), the originals whose first word is that word are tried longest
 * first ({@code Marie-Claire} before {@code Marie}, {@code Martine Dupuis} before {@code Martine}); the first that
 * ends on a word boundary is replaced, and the scan goes on after it, in the text as it was: a replacement is never
 * read again, so {@code Sam → Alex, Alex → Pat} gives Alex and Pat, never Pat twice. A space of an original
 * matches any run of spaces (a line break too). The replacement takes the case of what it replaces
 * ({@link CaseShape}) and French elision is redone before it ({@link Elision}).
 *
 * <p>Built once per scope and reused for every text: the cost per text is one fold and one look-up per word
 * (a bit set of first-word hashes skips most words without building a string).
 */
public final class PseudonymMatcher {
    private static final int HASH_BITS = 1 << 20;

    private record Candidate(PseudonymEntry entry, String folded) {
    }

    /** Where an original was found: chars of the text, end exclusive. */
    public record Hit(int start, int end, PseudonymEntry entry) {
    }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
    private final BitSet firstWordHashes = new BitSet(HASH_BITS);

    private PseudonymMatcher(Collection<PseudonymEntry> entries) {
        for (PseudonymEntry entry : entries) {
            String folded = NameFold.fold(entry.original().strip());
            String first = firstWord(folded);
            if (first.isEmpty()) {
                continue; // refused by the table; nothing a word start could find
            }
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Candidate(entry, folded));
            firstWordHashes.set(Math.floorMod(first.hashCode(), HASH_BITS));
        }
        for (List<Candidate> candidates : byFirstWord.values()) {
            candidates.sort(Comparator.comparingInt((Candidate c) -> c.folded.length()).reversed());
        }
    }

    /** A matcher of these entries; one original each (the table resolves scopes before). */
    public static PseudonymMatcher of(Collection<PseudonymEntry> entries) {
        return new PseudonymMatcher(entries);
    }

    /** Whether it has nothing to replace. */
    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The first word of a folded original: the run of word characters it starts with (empty when none). */
    static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && NameFold.isWordChar(folded.codePointAt(end))) {
            end += Character.charCount(folded.codePointAt(end));
        }
        return folded.substring(0, end);
    }

    /** Every original found in {@code text}, left to right, none overlapping. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        if (!isEmpty()) {
            scan(NameFold.fold(text), hits);
        }
        return hits;
    }

    /** How many times each entry's original occurs in {@code text}, added to {@code counts}. */
    public void count(String text, Map<PseudonymEntry, Integer> counts) {
        for (Hit hit : find(text)) {
            counts.merge(hit.entry(), 1, Integer::sum);
        }
    }

    /**
     * A source's or file's name through the table, a replacement's spaces joined the way the name joins its
     * words: « entretien-martine-saint-fons.txt » becomes « entretien-odile-commune-a.txt », not « …commune a.txt ».
     */
    public String replaceFileName(String name) {
        if (name == null) {
            return null;
        }
        String replaced = replace(name);
        if (name.contains(" ") || replaced.equals(name)) {
            return replaced;
        }
        char joiner = name.indexOf('-') >= 0 ? '-' : name.indexOf('_') >= 0 ? '_' : ' ';
        return replaced.replace(' ', joiner);
    }

    /** The text with its originals replaced. */
    public String replace(String text) {
        return text == null ? null : apply(text).text();
    }

    /** The text with its originals replaced, and where its positions went. */
    public Pseudonymised apply(String text) {
        if (isEmpty() || text.isEmpty()) {
            return new Pseudonymised(text, PositionMap.identity());
        }
        String folded = NameFold.fold(text);
        List<Hit> hits = new ArrayList<>();
        scan(folded, hits);
        if (hits.isEmpty()) {
            return new Pseudonymised(text, PositionMap.identity());
        }
        char apostrophe = apostropheOf(text);
        int n = hits.size();
        int[] fromStart = new int[n];
        int[] fromEnd = new int[n];
        int[] toStart = new int[n];
        int[] toEnd = new int[n];
        StringBuilder out = new StringBuilder(text.length() + 16 * n);
        int copied = 0; // chars of text written so far
        int cp = 0; // code points of text up to copied
        int delta = 0; // code points the replacements added so far
        int count = 0;
        for (Hit hit : hits) {
            String found = text.substring(hit.start(), hit.end());
            String replacement = CaseShape.apply(found, hit.entry().original(), hit.entry().replacement());
            Elision.Change change = Elision.before(text, folded, hit.start(), replacement,
                    CaseShape.isUpper(found), apostrophe);
            int start = hit.start();
            if (change != null && change.start() >= copied) {
                start = change.start();
                replacement = change.prefix() + replacement;
            }
            cp += Character.codePointCount(text, copied, start);
            int oldCps = Character.codePointCount(text, start, hit.end());
            int newCps = replacement.codePointCount(0, replacement.length());
            fromStart[count] = cp;
            fromEnd[count] = cp + oldCps;
            toStart[count] = cp + delta;
            toEnd[count] = cp + delta + newCps;
            count++;
            out.append(text, copied, start).append(replacement);
            cp += oldCps;
            delta += newCps - oldCps;
            copied = hit.end();
        }
        out.append(text, copied, text.length());
        return new Pseudonymised(out.toString(), new PositionMap(fromStart, fromEnd, toStart, toEnd, count));
    }

    /** The apostrophe a new elision is written with: the one the text uses most (the curly ’ or the straight '). */
    private static char apostropheOf(String text) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019') {
                curly++;
            } else if (c == '\'') {
                straight++;
            }
        }
        return curly > straight ? '\u2019' : '\'';
    }

    private void scan(String folded, List<Hit> hits) {
        int n = folded.length();
        int i = 0;
        outer:
        while (i < n) {
            int c = folded.codePointAt(i);
            if (!NameFold.isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            // a word start: the character before is not a word character (words are skipped whole)
            int start = i;
            int hash = 0;
            while (i < n) {
                char ch = folded.charAt(i);
                int code = Character.isSurrogate(ch) ? folded.codePointAt(i) : ch;
                if (!NameFold.isWordChar(code)) {
                    break;
                }
                int len = Character.charCount(code);
                for (int k = 0; k < len; k++) {
                    hash = 31 * hash + folded.charAt(i + k);
                }
                i += len;
            }
            if (!firstWordHashes.get(Math.floorMod(hash, HASH_BITS))) {
                continue;
            }
            List<Candidate> candidates = byFirstWord.get(folded.substring(start, i));
            if (candidates == null) {
                continue;
            }
            for (Candidate candidate : candidates) {
                int end = matchAt(folded, start, candidate.folded);
                if (end >= 0) {
                    hits.add(new Hit(start, end, candidate.entry));
                    i = end;
                    continue outer;
                }
            }
        }
    }

    /** The end of {@code name} found at {@code start} on a word boundary, or -1. */
    private static int matchAt(String folded, int start, String name) {
        int at = start;
        int n = folded.length();
        for (int k = 0; k < name.length(); k++) {
            char want = name.charAt(k);
            if (want == ' ') {
                if (at >= n || folded.charAt(at) != ' ') {
                    return -1;
                }
                while (at < n && folded.charAt(at) == ' ') {
                    at++;
                }
                while (k + 1 < name.length() && name.charAt(k + 1) == ' ') {
                    k++;
                }
                continue;
            }
            if (at >= n || folded.charAt(at) != want) {
                return -1;
            }
            at++;
        }
        boolean wordEnd = NameFold.isWordChar(name.codePointBefore(name.length()));
        if (wordEnd && at < n && NameFold.isWordChar(folded.codePointAt(at))) {
            return -1;
        }
        return at;
    }
}
