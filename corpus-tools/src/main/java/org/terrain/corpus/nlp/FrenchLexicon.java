package org.terrain.corpus.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas for CoreNLP's French words, which it does not give: LanguageTool's French lexicon lists every
 * (lemma, tag) a written form can have, and the part of speech CoreNLP chose picks among them. « est » is
 * être as a verb and est as a noun; « suis » is être, not suivre; « faut » is falloir, not faillir; « mise » is mettre, not miser.
 *
 * <p>Thread-safe: each thread gets its own lookup (Morfologik's lookups are not shareable); the dictionary
 * itself is read once.
 */
public final class FrenchLexicon {
    private static final String RESOURCE = "/org/languagetool/resource/fr/french.dict";

    /** The lexicon's first tag letter for each universal part of speech; absent: the word is its own lemma. */
    private static final Map<String, String> TAG_OF_UPOS = Map.ofEntries(
            Map.entry("NOUN", "N"), Map.entry("VERB", "V"), Map.entry("AUX", "V"), Map.entry("ADJ", "J"),
            Map.entry("ADV", "A"), Map.entry("DET", "D"), Map.entry("PRON", "R"), Map.entry("ADP", "P"),
            Map.entry("CCONJ", "C"), Map.entry("SCONJ", "C"), Map.entry("INTJ", "I"));

    /**
     * Nouns and adjectives trade places in French (un ancien, le dernier), and adjectives serve as determiners
     * (différents pays): the other one's reading serves.
     */
    private static final Map<String, String> NEIGHBOUR_TAG = Map.of("N", "J", "J", "N", "D", "J");

    /** Where a form has several lemmas of one part of speech, the one French speech means nearly always. */
    private static final Set<String> PREFERRED = Set.of("être", "avoir", "falloir", "aller", "faire", "pouvoir",
            "mettre", "prendre", "ouvrir", "dire", "voir", "devoir", "venir", "savoir", "vouloir");

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;

    private FrenchLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    public static FrenchLexicon load() {
        URL url = FrenchLexicon.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the French lexicon " + RESOURCE + " is not on the class path");
        }
        try {
            return new FrenchLexicon(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lemma of a word with the part of speech the tagger gave it: lower case (the treebanks, and counts,
     * join « Conseil » and « conseil »), except proper nouns, acronyms and units.
     */
    public String lemma(String word, String upos) {
        return lemma(word, upos, true);
    }

    /**
     * The same, knowing whether the entity recogniser put the word in a name: a word tagged as a proper noun
     * that is in no name and that the lexicon knows only as a common word (le Conseil, les Allemands, la
     * Bourse) has the common word as lemma.
     */
    public String lemma(String word, String upos, boolean inName) {
        String title = TITLES.get(word);
        if (title != null) {
            return title;
        }
        if (word.chars().anyMatch(Character::isDigit) && !"NUM".equals(upos)) {
            return word; // codes (A380, COVID-19, 87e) are their own lemma, capitals and all
        }
        if ("PROPN".equals(upos) && !inName) {
            return commonWord(word);
        }
        String written = word.replace('’', '\''); // the lexicon writes the typewriter apostrophe
        String lower = accentedInitial(written, written.toLowerCase(Locale.ROOT));
        Fixed fixed = FIXED.get(lower);
        if (fixed != null && (fixed.upos == null || fixed.upos.equals(upos))) {
            return fixed.lemma;
        }
        if ("NUM".equals(upos)) {
            // « Trois » is trois; « 1998 » and the Roman « II », « X » stay as written.
            boolean capitalised = !lower.equals(written) && !written.equals(written.toUpperCase(Locale.ROOT));
            return capitalised && !lookups.get().lookup(lower).isEmpty() ? lower : word;
        }
        if ("NOUN".equals(upos) && (lower.equals("état") || lower.equals("états"))) {
            // The State (l’État) is not a state (un état): the capital keeps them apart.
            return Character.isUpperCase(written.charAt(0)) ? "État" : "état";
        }
        if ("PROPN".equals(upos) || "PUNCT".equals(upos) || "SYM".equals(upos)) {
            return word;
        }
        if (isAbbreviation(written, lower)) {
            return written;
        }
        if ("X".equals(upos) && !lower.equals(written) && (written.length() == 1 || !written.equals(written.toUpperCase(Locale.ROOT)))) {
            return word; // a foreign word or a letter (Global, E): as written; a word in capitals (ET) is read below
        }
        String tag = TAG_OF_UPOS.getOrDefault(upos, "");
        Reading reading = pick("X".equals(upos) ? lower : written, tag);
        if (reading == null && !lower.equals(written)) {
            reading = pick(lower, tag);
        }
        if (reading == null && lower.contains("oe")) {
            reading = pick(lower.replace("oe", "œ"), tag); // oeil, coeur, soeur typed without the ligature
        }
        String neighbour = NEIGHBOUR_TAG.get(tag);
        if (reading == null && neighbour != null) {
            reading = pick(lower, neighbour); // « dernière » tagged noun, known as adjective: still dernier
        }
        if (reading == null && "N".equals(tag)) {
            reading = pick(lower, "V"); // a verb the tagger took for a noun (« tu retires »)
        }
        if (reading == null) {
            return UnknownWords.lemma(lower, upos, this::knownLemma);
        }
        return fromReading(lower, reading, upos);
    }

    private String fromReading(String lower, Reading reading, String upos) {
        String lemma = usualSpelling(traditionalSpelling(feminineNoun(lower, reading)), reading.tag());
        return "ADJ".equals(upos) ? participleAdjective(lower, lemma) : lemma;
    }

    /** The lemma of a word the lexicon knows with that part of speech, or null: what {@link UnknownWords} builds on. */
    private String knownLemma(String lower, String upos) {
        String tag = TAG_OF_UPOS.getOrDefault(upos, "");
        Reading reading = tag.isEmpty() ? null : pick(lower, tag);
        if (reading == null && NEIGHBOUR_TAG.containsKey(tag)) {
            reading = pick(lower, NEIGHBOUR_TAG.get(tag));
        }
        return reading == null ? null : fromReading(lower, reading, upos);
    }

    private record Reading(String lemma, String tag) {
    }

    /**
     * French capitals often lose their accent (Ecole, Etat, Etats-Unis): a word the lexicon does not know that
     * begins with a capital E is read with é, è or ê when the lexicon knows it so.
     */
    private String accentedInitial(String written, String lower) {
        if (written.isEmpty() || written.charAt(0) != 'E' || !lookups.get().lookup(lower).isEmpty()) {
            return lower;
        }
        for (char accented : new char[] {'é', 'è', 'ê'}) {
            String candidate = accented + lower.substring(1);
            if (!lookups.get().lookup(candidate).isEmpty()) {
                return candidate;
            }
        }
        return lower;
    }

    private record Fixed(String lemma, String upos) {
    }

    /**
     * Forms the lexicon lacks or lemmatises unlike French grammars: elided words (qu’ is que), « ça » (its own
     * word in speech, not cela), the demonstratives of celui, the adjectives' forms before a vowel, « A » for
     * « À » in capitals.
     */
    private static final Map<String, Fixed> FIXED = Map.ofEntries(
            Map.entry("qu'", new Fixed("que", null)), Map.entry("j'", new Fixed("je", null)),
            Map.entry("m'", new Fixed("me", null)), Map.entry("t'", new Fixed("te", null)),
            Map.entry("n'", new Fixed("ne", null)), Map.entry("c'", new Fixed("ce", null)),
            Map.entry("d'", new Fixed("de", null)), Map.entry("d", new Fixed("de", "ADP")),
            Map.entry("l", new Fixed("le", "DET")), Map.entry("jusqu'", new Fixed("jusque", null)),
            Map.entry("lorsqu'", new Fixed("lorsque", null)), Map.entry("puisqu'", new Fixed("puisque", null)),
            Map.entry("quoiqu'", new Fixed("quoique", null)), Map.entry("ça", new Fixed("ça", "PRON")),
            Map.entry("celle", new Fixed("celui", "PRON")), Map.entry("celles", new Fixed("celui", "PRON")),
            Map.entry("ceux", new Fixed("celui", "PRON")), Map.entry("nouvel", new Fixed("nouveau", "ADJ")),
            Map.entry("bel", new Fixed("beau", "ADJ")), Map.entry("vieil", new Fixed("vieux", "ADJ")),
            Map.entry("yeux", new Fixed("œil", "NOUN")), Map.entry("etc.", new Fixed("etc", null)),
            Map.entry("l'", new Fixed("le", null)), Map.entry("une", new Fixed("un", "NUM")),
            Map.entry("a", new Fixed("à", "ADP")), Map.entry("m", new Fixed("mètre", "NOUN")),
            Map.entry("c'est-à-dire", new Fixed("c'est-à-dire", null)), Map.entry("l'on", new Fixed("on", null)),
            Map.entry("environs", new Fixed("environs", "NOUN")), Map.entry("alentours", new Fixed("alentours", "NOUN")));

    /** Abbreviated titles: « M. Dupont » is monsieur Dupont, whatever part of speech the tagger gave « M. ». */
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("M.", "monsieur"),
            Map.entry("MM.", "monsieur"), Map.entry("Mr", "monsieur"), Map.entry("Mr.", "monsieur"),
            Map.entry("Mme", "madame"), Map.entry("Mmes", "madame"), Map.entry("Mlle", "mademoiselle"),
            Map.entry("Mlles", "mademoiselle"), Map.entry("Dr", "docteur"), Map.entry("Dr.", "docteur"),
            Map.entry("Pr", "professeur"), Map.entry("Pr.", "professeur"));

    /** Candidates whose tag starts with the letter; the preferred lemma first, else the first listed. */
    private Reading pick(String word, String tagLetter) {
        List<Reading> candidates = new ArrayList<>(2);
        for (WordData data : lookups.get().lookup(word)) {
            String tag = stripFrequency(data.getTag().toString());
            if (tag.startsWith(tagLetter)) {
                candidates.add(new Reading(data.getStem().toString(), tag));
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (tagLetter.equals("V") && candidates.stream().anyMatch(r -> INFINITIVE.matcher(r.lemma()).matches())) {
            // A verb's lemma is its infinitive: the lexicon also files « permis » as a verb of its own.
            candidates.removeIf(r -> !INFINITIVE.matcher(r.lemma()).matches());
        }
        if (tagLetter.equals("V")) {
            // A verb the form is only the passé simple of gives way to one it is a present of (je vis: vivre,
            // not voir; ils durent: durer, not devoir): the passé simple is rare, in speech above all.
            java.util.Set<String> beyondPasseSimple = new java.util.HashSet<>();
            candidates.stream().filter(r -> !r.tag().contains(" psim ")).forEach(r -> beyondPasseSimple.add(r.lemma()));
            if (!beyondPasseSimple.isEmpty()) {
                candidates.removeIf(r -> !beyondPasseSimple.contains(r.lemma()));
            }
        }
        for (Reading reading : candidates) {
            if (PREFERRED.contains(reading.lemma())) {
                return reading;
            }
        }
        for (Reading reading : candidates) {
            if (PREFERRED.stream().anyMatch(p -> p.length() > 4 && reading.lemma().endsWith(p))) {
                return reading; // and their compounds: reprises is reprendre, not repriser
            }
        }
        if (tagLetter.equals("V") && candidates.stream().map(Reading::lemma).distinct().count() > 1) {
            // Two verbs share the form (rentraient: rentrer, rentrayer): the more frequent verb, by its infinitive.
            Reading best = candidates.getFirst();
            char bestFrequency = frequencyAsLemma(best.lemma(), "V");
            for (Reading reading : candidates) {
                char frequency = frequencyAsLemma(reading.lemma(), "V");
                if (frequency > bestFrequency) {
                    best = reading;
                    bestFrequency = frequency;
                }
            }
            return best;
        }
        // A lemma equal to the form (the adjective « ouvrier », the noun « est ») beats a derived reading.
        for (Reading reading : candidates) {
            if (reading.lemma().equals(word)) {
                return reading;
            }
        }
        return candidates.getFirst();
    }

    /**
     * The lexicon files a feminine noun under its masculine (commune under commun, carrière under carrier);
     * French grammars and the treebanks make it its own lemma, in the singular.
     */
    private String feminineNoun(String lower, Reading reading) {
        if (!reading.tag().startsWith("N f") || reading.lemma().equals(lower)) {
            return reading.lemma();
        }
        if (!reading.tag().endsWith(" p")) {
            return lower;
        }
        if (lower.length() > 2 && (lower.endsWith("s") || lower.endsWith("x"))) {
            String singular = lower.substring(0, lower.length() - 1);
            for (WordData data : lookups.get().lookup(singular)) {
                if (stripFrequency(data.getTag().toString()).startsWith("N f")
                        && data.getStem().toString().equals(reading.lemma())) {
                    return singular;
                }
            }
        }
        return reading.lemma();
    }

    private static final Pattern PARTICIPLE = Pattern.compile("(.*[éiu])(e?)(s?)");
    private static final Pattern INFINITIVE = Pattern.compile(".*(er|ir|re)");

    /**
     * A past participle used as an adjective (une porte finie, des régions unies) is an adjective: its lemma is
     * the masculine singular (fini, uni), not the verb the lexicon gives (finir, unir).
     */
    static String participleAdjective(String lower, String lemma) {
        if (!INFINITIVE.matcher(lemma).matches() || lemma.equals(lower)) {
            return lemma;
        }
        Matcher m = PARTICIPLE.matcher(lower);
        return m.matches() ? m.group(1) : lemma;
    }

    /** The lexicon spells by the 1990 reform (connaitre, naitre); texts and readers mostly write connaître. */
    static String traditionalSpelling(String lemma) {
        if (lemma.endsWith("aitre")) {
            return lemma.substring(0, lemma.length() - 5) + "aître";
        }
        if (lemma.endsWith("oitre")) {
            return lemma.substring(0, lemma.length() - 5) + "oître";
        }
        return lemma;
    }

    private final Map<String, String> usualSpellings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The lexicon lemmatises the 1990 spellings to themselves (boite, entrainement, gout, ile), apart from the
     * usual ones (boîte, entraînement, goût, île): a lemma that is the spelling without circumflex of a more
     * frequent lemma of the same part of speech becomes that one, so both spellings count as one word.
     * « sur » and « mur » stay: sûr and mûr are other words, or rarer.
     */
    private String usualSpelling(String lemma, String tag) {
        if (lemma.indexOf('i') < 0 && lemma.indexOf('u') < 0) {
            return lemma;
        }
        String category = tag.substring(0, 1);
        return usualSpellings.computeIfAbsent(lemma + '\t' + category, key -> {
            char plainFrequency = frequencyAsLemma(lemma, category);
            for (int i = 0; i < lemma.length(); i++) {
                char c = lemma.charAt(i);
                if (c != 'i' && c != 'u') {
                    continue;
                }
                String variant = lemma.substring(0, i) + (c == 'i' ? 'î' : 'û') + lemma.substring(i + 1);
                if (frequencyAsLemma(variant, category) > plainFrequency) {
                    return variant;
                }
            }
            return lemma;
        });
    }

    /** The frequency letter of a lemma's own entry in a category (A rare … Z frequent), or 0 if none. */
    private char frequencyAsLemma(String lemma, String category) {
        char best = 0;
        for (WordData data : lookups.get().lookup(lemma)) {
            String tag = data.getTag().toString();
            if (tag.startsWith(category) && data.getStem().toString().equals(lemma)) {
                best = (char) Math.max(best, tag.charAt(tag.length() - 1));
            }
        }
        return best;
    }

    private String commonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word) || word.equals(word.toUpperCase(Locale.ROOT)) || pick(word, "Z") != null) {
            return word;
        }
        Reading common = pick(lower, "N");
        if (common == null) {
            common = pick(lower, "J");
        }
        return common == null ? word : feminineNoun(lower, common);
    }

    /** Sounds of speech the lexicon lacks; with those it lists only as interjections (euh, hein, bah). */
    private static final Set<String> FILLERS = Set.of("hm", "hum", "mh", "mhm", "heu", "pff", "ouais", "mouais",
            "ouah", "waouh", "ben");

    /** Whether a word is a filler of speech: an interjection and nothing else. */
    boolean isInterjectionOnly(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FILLERS.contains(lower)) {
            return true;
        }
        List<WordData> readings = lookups.get().lookup(lower);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.getTag().toString().startsWith("I"));
    }

    /** Whether the lexicon knows a word, and only as a verb (privent, niveler; not « visite », also a noun). */
    boolean isVerbOnly(String word) {
        List<WordData> readings = lookups.get().lookup(word.toLowerCase(Locale.ROOT));
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.getTag().toString().startsWith("V"));
    }

    /**
     * Whether a word can be a noun and is no infinitive: after « faire » such a word is the noun of a locution
     * (faire grève, faire partie, faire face), since faire takes only an infinitive as a verb.
     */
    boolean isNounNotInfinitive(String word) {
        List<WordData> readings = lookups.get().lookup(word.toLowerCase(Locale.ROOT));
        return readings.stream().anyMatch(r -> r.getTag().toString().startsWith("N"))
                && readings.stream().noneMatch(r -> r.getTag().toString().startsWith("V inf"));
    }

    /** Acronyms (CGT, SNCF) and units (km, mg) are their own lemma; the lexicon would cut « mg » to « g ». */
    private boolean isAbbreviation(String word, String lower) {
        if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        // « ET », « SI » in a title written in capitals are words; « CGT » is not in the lexicon.
        boolean allCapitals = word.chars().allMatch(Character::isUpperCase) && lookups.get().lookup(lower).isEmpty();
        boolean noVowel = word.toLowerCase(Locale.ROOT).chars().noneMatch(c -> "aeiouyàâäéèêëîïôöùûüœæ".indexOf(c) >= 0);
        return allCapitals || noVowel;
    }

    /** The lexicon ends each tag with one letter of frequency class (« V ind pres 3 sT »): not part of the tag. */
    static String stripFrequency(String tag) {
        return tag.isEmpty() ? tag : tag.substring(0, tag.length() - 1);
    }
}
