package org.terrain.corpus.pseudonym;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.text.NameFold;

/**
 * Proposed replacements. A person's first name gets a first name of the gender the lexicon gives it, any other
 * word of a person's name a surname, each word on its own so that « Martine » and « Martine Dupuis » become «
 * Odile » and « Odile Lambert »; a place « Commune A », a firm « Entreprise B ». Deterministic: a name's choice
 * starts from its folded spelling's hash and the letters go in alphabetical order of the originals, so the same
 * corpus and table always give the same proposals. A proposal is never a replacement already in the table, another
 * proposal, or a word of the corpus (a real name elsewhere in it).
 */
final class SuggestProposals {
    private static final Map<CandidateCategory, String> LABELS = Map.of(CandidateCategory.PLACE, "Commune",
            CandidateCategory.ORGANISATION, "Entreprise", CandidateCategory.OTHER, "Nom",
            CandidateCategory.PERSON, "Personne");

    private final SuggestLexicon lexicon;
    private final SuggestNamePool pool;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> byWord = new HashMap<>();
    private final Map<CandidateCategory, Integer> letters = new HashMap<>();

    /** @param taken folded names no proposal may be: the table's replacements and the words of the corpus */
    SuggestProposals(SuggestLexicon lexicon, SuggestNamePool pool, Set<String> taken) {
        this.lexicon = lexicon;
        this.pool = pool;
        this.taken.addAll(taken);
    }

    /** Call in alphabetical order of the folded originals. */
    String propose(String original, CandidateCategory category) {
        if (category != CandidateCategory.PERSON) {
            return lettered(category);
        }
        StringBuilder out = new StringBuilder();
        for (String word : original.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String proposed = byWord.computeIfAbsent(NameFold.fold(word), folded -> personWord(word, folded));
            if (proposed == null) {
                return lettered(category);
            }
            out.append(proposed);
        }
        return out.toString();
    }

    private String personWord(String word, String folded) {
        SuggestLexicon.ProperNoun noun = lexicon.properNoun(word);
        List<String> names = noun.firstName() ? (noun.female() ? pool.feminine() : pool.masculine()) : pool.surnames();
        int at = Math.floorMod(folded.hashCode(), names.size());
        for (int tried = 0; tried < names.size(); tried++) {
            String name = names.get((at + tried) % names.size());
            if (taken.add(NameFold.fold(name))) {
                return name;
            }
        }
        return null; // the list is used up: a letter instead
    }

    private String lettered(CandidateCategory category) {
        while (true) {
            int n = letters.merge(category, 1, Integer::sum) - 1;
            String proposal = LABELS.get(category) + " " + letters(n);
            if (taken.add(NameFold.fold(proposal))) {
                return proposal;
            }
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String letters(int n) {
        String out = "";
        int k = n;
        do {
            out = (char) ('A' + k % 26) + out;
            k = k / 26 - 1;
        } while (k >= 0);
        return out;
    }
}
