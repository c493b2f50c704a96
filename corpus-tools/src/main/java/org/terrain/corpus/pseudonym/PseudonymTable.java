package org.terrain.corpus.pseudonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.terrain.corpus.text.NameFold;

/**
 * The pseudonym table of a project as read from the store: its entries (project-wide and per case) and the
 * originals the researcher chose to ignore among the suggestions. Gives the matcher of each scope: a case's
 * sources take the case's entries, then the project's for the originals the case does not give; a text of no
 * case (a code, a memo on the project, the journal) takes the project's entries, then those of every case for
 * the originals the project does not give (the first case by name when two cases differ), so that a name
 * entered for one case leaves no export by another way.
 */
public final class PseudonymTable {
    private final List<PseudonymEntry> entries;
    private final List<String> ignored;
    private final Map<String, PseudonymMatcher> matchers = new HashMap<>();

    public PseudonymTable(List<PseudonymEntry> entries, List<String> ignored) {
        this.entries = List.copyOf(entries);
        this.ignored = List.copyOf(ignored);
    }

    /** Every entry, project-wide ones first, then by case; each by original. */
    public List<PseudonymEntry> entries() {
        return entries;
    }

    /** The originals ignored among the suggestions, as the researcher wrote them. */
    public List<String> ignored() {
        return ignored;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every original, once each (folded alike counts once): what the leak check looks for. */
    public List<String> originals() {
        Map<String, String> byFold = new LinkedHashMap<>();
        for (PseudonymEntry entry : entries) {
            byFold.putIfAbsent(entry.foldedOriginal(), entry.original());
        }
        return List.copyOf(byFold.values());
    }

    /**
     * The originals a pseudonymised text may not hold: every original but those that are also a replacement
     * ({@code Sam → Alex, Alex → Pat}: the Alex written for Sam is no leak).
     */
    public List<String> originalsThatMustNotRemain() {
        Set<String> replacements = new TreeSet<>();
        for (PseudonymEntry entry : entries) {
            replacements.add(entry.foldedReplacement());
        }
        return originals().stream().filter(original -> !replacements.contains(NameFold.fold(original))).toList();
    }

    /** What the suggestions leave out: every original and every ignored one, folded ({@link NameFold}). */
    public Set<String> decidedFolded() {
        Set<String> out = new TreeSet<>();
        entries.forEach(entry -> out.add(entry.foldedOriginal()));
        ignored.forEach(original -> out.add(NameFold.fold(original)));
        return out;
    }

    /** Every replacement, folded: a proposal must not take one already given. */
    public Set<String> replacementsFolded() {
        Set<String> out = new TreeSet<>();
        entries.forEach(entry -> out.add(entry.foldedReplacement()));
        return out;
    }

    /** The matcher for the sources of {@code caseName} (null: a text of no case). */
    public synchronized PseudonymMatcher matcherFor(String caseName) {
        return matchers.computeIfAbsent(caseName == null ? "" : "case:" + caseName,
                key -> PseudonymMatcher.of(resolved(caseName)));
    }

    /** One entry per folded original: the scope's own first, then the others as the class comment says. */
    List<PseudonymEntry> resolved(String caseName) {
        Map<String, PseudonymEntry> byOriginal = new LinkedHashMap<>();
        if (caseName != null) {
            addAll(byOriginal, entries.stream().filter(e -> caseName.equals(e.caseName())).toList());
            addAll(byOriginal, entries.stream().filter(PseudonymEntry::projectWide).toList());
        } else {
            addAll(byOriginal, entries.stream().filter(PseudonymEntry::projectWide).toList());
            List<PseudonymEntry> caseEntries = new ArrayList<>(entries.stream().filter(e -> !e.projectWide()).toList());
            caseEntries.sort(java.util.Comparator.comparing(PseudonymEntry::caseName));
            addAll(byOriginal, caseEntries);
        }
        return List.copyOf(byOriginal.values());
    }

    private static void addAll(Map<String, PseudonymEntry> byOriginal, Collection<PseudonymEntry> some) {
        for (PseudonymEntry entry : some) {
            byOriginal.putIfAbsent(entry.foldedOriginal(), entry);
        }
    }
}
