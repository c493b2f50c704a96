package org.terrain.corpus.exchange;

import java.util.HashMap;
import java.util.Map;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.store.ProjectStore;

/** How many times each entry of the pseudonym table is replaced in the sources' texts (as an export would). */
public final class Occurrences {
    private Occurrences() {
    }

    public static Map<PseudonymEntry, Integer> count(ProjectStore store, PseudonymTable table) {
        Map<PseudonymEntry, Integer> counts = new HashMap<>();
        if (table.isEmpty()) {
            return counts;
        }
        for (String name : store.sources().names()) {
            Source source = store.sources().get(name);
            table.matcherFor(source.caseName()).count(source.text(), counts);
        }
        return counts;
    }
}
