package org.terrain.corpus.nlp;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an annotation run computes. Parts of speech always (the lemma and the entities depend on the words it
 * finds); lemmas cost a dictionary lookup, so they come with parts of speech; entities (the CRF model) are
 * the expensive, optional part.
 */
public record Annotators(boolean entities) {
    public static final Annotators ALL = new Annotators(true);
    public static final Annotators WITHOUT_ENTITIES = new Annotators(false);

    enum Name { POS, LEMMA, NER }

    /** Parses {@code pos,lemma,ner} (any order, any subset); unknown names are refused. */
    public static Annotators parse(String list) {
        Set<Name> names = EnumSet.noneOf(Name.class);
        for (String part : list.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                names.add(Name.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown annotator " + part.strip() + " (pos, lemma, ner)");
            }
        }
        return new Annotators(names.contains(Name.NER));
    }

    /** The stored form: {@code pos,lemma} or {@code pos,lemma,ner}. */
    public String id() {
        return entities ? "pos,lemma,ner" : "pos,lemma";
    }

    /** Whether an annotation made with {@code storedId} already holds what this run would compute. */
    public boolean satisfiedBy(String storedId) {
        return !entities || storedId.contains("ner");
    }

    /** The heap this run needs, measured with the French models loaded (docs/nlp.md). */
    public long heapNeeded() {
        return (entities ? 900L : 400L) * 1024 * 1024;
    }
}
