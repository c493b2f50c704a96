package org.terrain.corpus.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.errors.UsageException;

/** {@code --pos}: universal tags, or the words a researcher would write (noms, verbes, adjectifs). */
final class PartsOfSpeech {
    private static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "SCONJ", "SYM", "VERB", "X");
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("NOUNS", "NOUN"), Map.entry("NOMS", "NOUN"),
            Map.entry("NOM", "NOUN"), Map.entry("VERBS", "VERB"), Map.entry("VERBES", "VERB"),
            Map.entry("VERBE", "VERB"), Map.entry("ADJECTIVES", "ADJ"), Map.entry("ADJECTIFS", "ADJ"),
            Map.entry("ADJECTIF", "ADJ"), Map.entry("ADVERBS", "ADV"), Map.entry("ADVERBES", "ADV"));

    private PartsOfSpeech() {
    }

    static Set<String> parse(List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : given) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            String tag = UPOS.contains(name) ? name : NAMES.get(name);
            if (tag == null) {
                throw new UsageException("bad_pos", part);
            }
            out.add(tag);
        }
        return out;
    }
}
