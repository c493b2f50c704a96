package org.terrain.corpus.pseudonym;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What pass one learnt of one candidate (all its spellings fold to one key): how it is written, who found it. */
final class CandidateEvidence {
    final String folded;
    private final Map<String, Integer> forms = new HashMap<>();
    final Set<String> foundBy = new TreeSet<>();
    final Map<String, Integer> entityTypes = new HashMap<>();
    boolean speaker;

    CandidateEvidence(String folded) {
        this.folded = folded;
    }

    void seen(String written, String by) {
        forms.merge(written, 1, Integer::sum);
        foundBy.add(by);
    }

    /**
     * The spelling to show: the most frequent one written with lower-case letters (« Martine » rather than the
     * label « MARTINE »), else the most frequent; ties by text, so the choice does not depend on reading order.
     */
    String original() {
        Comparator<Map.Entry<String, Integer>> order = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey());
        return forms.entrySet().stream().filter(e -> !e.getKey().equals(e.getKey().toUpperCase()))
                .sorted(order).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> forms.entrySet().stream().sorted(order).map(Map.Entry::getKey).findFirst()
                        .orElse(folded));
    }

    /** The entity type most mentions gave (PER, LOC, ORG), or null when the language analysis never named it. */
    String entityType() {
        return entityTypes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
