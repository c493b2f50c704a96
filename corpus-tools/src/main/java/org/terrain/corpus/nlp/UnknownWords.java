package org.terrain.corpus.nlp;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Lemmas for the nouns, adjectives and verbs the lexicon lacks — new words, compounds, technical terms — so
 * that their plural and singular still count as one word: a compound whose last part the lexicon knows takes
 * that part's lemma (sous-trames → sous-trame, précompilée → précompiler), else the ending speaks
 * (goliards → goliard, melvilliennes → melvillien, endorsé → endorser).
 */
final class UnknownWords {
    /**
     * Prefixes written with a hyphen (non-narratif, semi-commercial) or joined (préchoisi, cofinancer); tried
     * longest first, in a fixed order, so that a word reads the same in every run (super before sur).
     */
    private static final List<String> PREFIXES = java.util.stream.Stream.of("non", "semi", "sous", "sur", "multi", "anti", "co", "pré",
            "post", "ex", "néo", "pro", "auto", "inter", "contre", "micro", "macro", "mini", "maxi", "super", "hyper",
            "ultra", "demi", "mi", "quasi", "pseudo", "para", "pluri", "poly", "bi", "tri", "extra", "infra", "méga",
            "télé", "vice", "re", "ré", "dé", "bio", "éco", "cyber", "mono", "trans")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(p -> p)).toList();

    /** Adjective endings, feminine or plural, and the masculine singular they come from. */
    private static final List<String[]> ADJECTIVE_ENDINGS = List.of(new String[] {"iennes", "ien"},
            new String[] {"ienne", "ien"}, new String[] {"éennes", "éen"}, new String[] {"éenne", "éen"},
            new String[] {"aises", "ais"}, new String[] {"aise", "ais"}, new String[] {"oises", "ois"},
            new String[] {"oise", "ois"}, new String[] {"ives", "if"}, new String[] {"ive", "if"},
            new String[] {"euses", "eux"}, new String[] {"euse", "eux"}, new String[] {"elles", "el"},
            new String[] {"ées", "é"}, new String[] {"ée", "é"}, new String[] {"és", "é"}, new String[] {"ales", "al"},
            new String[] {"aux", "al"});

    private UnknownWords() {
    }

    /**
     * @param lower the word in lower case
     * @param known the lexicon's lemma of a word with a part of speech, or null when it does not know it
     */
    static String lemma(String lower, String upos, BiFunction<String, String, String> known) {
        if (!upos.equals("NOUN") && !upos.equals("ADJ") && !upos.equals("VERB")) {
            return lower;
        }
        String compound = compound(lower, upos, known);
        if (compound != null) {
            return compound;
        }
        if (lower.indexOf('-') >= 0) {
            return lower; // other compounds take their plural anywhere (beaux-frères, années-lumière, là-bas)
        }
        return switch (upos) {
            case "NOUN" -> nounEnding(lower);
            case "ADJ" -> adjectiveEnding(lower);
            default -> verbEnding(lower);
        };
    }

    private static String compound(String lower, String upos, BiFunction<String, String, String> known) {
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0 && hyphen < lower.length() - 1 && PREFIXES.contains(lower.substring(0, hyphen))) {
            String last = known.apply(lower.substring(hyphen + 1), upos);
            if (last != null) {
                return lower.substring(0, hyphen + 1) + last;
            }
        }
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() - prefix.length() >= 4) {
                String rest = known.apply(lower.substring(prefix.length()), upos);
                if (rest != null) {
                    return prefix + rest;
                }
            }
        }
        return null;
    }

    private static String nounEnding(String lower) {
        if (lower.length() <= 3 || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("ais")
                || lower.endsWith("ois")) {
            return lower;
        }
        if (lower.endsWith("eaux")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static String adjectiveEnding(String lower) {
        for (String[] ending : ADJECTIVE_ENDINGS) {
            if (lower.endsWith(ending[0]) && lower.length() > ending[0].length() + 2) {
                return lower.substring(0, lower.length() - ending[0].length()) + ending[1];
            }
        }
        return nounEnding(lower);
    }

    /** New verbs are of the first group: endorsé, endorsées, endorsant → endorser. */
    private static String verbEnding(String lower) {
        for (String ending : List.of("ées", "ée", "és", "é", "ant")) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return lower.substring(0, lower.length() - ending.length()) + "er";
            }
        }
        return lower;
    }
}
