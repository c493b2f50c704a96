package org.terrain.corpus.nlp;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How each treebank writes the lemmas of pronouns and determiners, which differs from a dictionary's (and
 * from one treebank to the next). Applied to our lemmas only when scoring against that treebank: the product's
 * lemmas stay the dictionary's (je, il, se, mon), which is what a researcher reads and searches.
 */
public enum TreebankLemmas {
    /** UD French GSD: je/me → moi, il/elle/le/la → lui, ils/elles/les → eux, se → soi, possessives → son. */
    GSD(Ud.with(Map.of("elle-même", "lui-même", "elles-mêmes", "eux-mêmes"))),
    /** UD French ParisStories: as GSD, except that ils and elles are lui there. */
    PARISSTORIES(Ud.with(Map.of("ils", "lui", "elles", "lui"))),
    /** Sequoia: subject pronouns are il, reflexive and object clitics se. */
    SEQUOIA(Map.ofEntries(Map.entry("je", "il"), Map.entry("tu", "il"), Map.entry("elle", "il"),
            Map.entry("nous", "il"), Map.entry("vous", "il"), Map.entry("ils", "il"), Map.entry("elles", "il"),
            Map.entry("on", "il"), Map.entry("me", "se"), Map.entry("te", "se"))),
    /** No mapping: the dictionary's lemmas as they are. */
    NONE(Map.of());

    /** The pronouns both UD French treebanks map alike; each adds or changes a few. */
    private static final class Ud {
        private static final Map<String, String> PRONOUNS = Map.ofEntries(Map.entry("je", "moi"),
                Map.entry("me", "moi"), Map.entry("moi", "moi"), Map.entry("tu", "toi"), Map.entry("te", "toi"),
                Map.entry("il", "lui"), Map.entry("elle", "lui"), Map.entry("le", "lui"), Map.entry("la", "lui"),
                Map.entry("ils", "eux"), Map.entry("elles", "eux"), Map.entry("les", "eux"), Map.entry("leur", "eux"),
                Map.entry("se", "soi"));

        static Map<String, String> with(Map<String, String> own) {
            Map<String, String> all = new java.util.HashMap<>(PRONOUNS);
            all.putAll(own);
            return Map.copyOf(all);
        }
    }

    private static final Set<String> GSD_TITLES_AS_WRITTEN = Set.of("M.", "Mr.", "MM.");
    private static final Set<String> POSSESSIVES = Set.of("mon", "ton", "son", "notre", "votre", "leur");
    private static final Set<String> INDEFINITE = Set.of("de", "des", "du", "d'");

    private final Map<String, String> pronouns;

    TreebankLemmas(Map<String, String> pronouns) {
        this.pronouns = pronouns;
    }

    public String map(String form, String upos, String lemma) {
        if (this == NONE) {
            return lemma;
        }
        if ("PUNCT".equals(upos) && this == PARISSTORIES && lemma.equals("...")) {
            return "…"; // ParisStories lemmatises the three dots as the ellipsis character
        }
        if (this == GSD && GSD_TITLES_AS_WRITTEN.contains(form)) {
            return form; // GSD keeps « M. » and « Mr. » as written (but « Dr. » is docteur)
        }
        if ("PRON".equals(upos)) {
            return pronouns.getOrDefault(lemma, lemma);
        }
        if ("DET".equals(upos)) {
            if (POSSESSIVES.contains(lemma)) {
                return "son";
            }
            if (INDEFINITE.contains(form.toLowerCase(Locale.ROOT)) || INDEFINITE.contains(lemma)) {
                return "un";
            }
        }
        return lemma;
    }

    /** The treebank a gold file belongs to, by its usual name (fr_gsd-…, fr_parisstories-…, sequoia…). */
    public static TreebankLemmas guess(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("parisstories")) {
            return PARISSTORIES;
        }
        if (name.contains("sequoia")) {
            return SEQUOIA;
        }
        if (name.contains("gsd")) {
            return GSD;
        }
        return NONE;
    }

    public static TreebankLemmas parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
