package org.terrain.corpus.pseudonym;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The category of a candidate, from what the lexicon, the words around it and the language analysis say, in that
 * order: the language analysis is weak on spoken French (on the demo « Feyzin » comes out as a person and «
 * Karim » as a place), so it only decides what nothing else does.
 */
final class CandidateCategories {
    /** Words before a person's name (folded): titles and kin. */
    private static final Set<String> BEFORE_PERSON = Set.of("monsieur", "madame", "mademoiselle", "m", "mme", "mlle",
            "mr", "docteur", "dr", "maitre", "pere", "mere", "frere", "soeur", "tante", "oncle", "cousin", "cousine",
            "fils", "fille", "mari", "femme", "copain", "copine", "collegue", "prenom", "appelle");
    /** Prepositions before a country or a region, never before a person (« en Algérie », « au Maroc »). */
    private static final Set<String> BEFORE_PLACE = Set.of("en", "au", "aux");
    /** « à » before a town, and sometimes before a person (« j'ai dit à Karim »): only for words not first names. */
    private static final Set<String> BEFORE_TOWN = Set.of("a", "vers", "habite", "habitait", "sur");
    /** Nouns before a firm's name (« l'usine Arkema », « les établissements Kuhlmann »), folded. */
    private static final Set<String> BEFORE_FIRM = Set.of("usine", "usines", "labo", "laboratoire", "laboratoires",
            "etablissements", "societe", "entreprise", "groupe", "marque", "firme", "boite");
    private static final Set<String> ARTICLES = Set.of("l", "la", "le", "les", "du", "des");
    private static final Pattern COMPOUND_PLACE = Pattern.compile(
            "(?i).+-(sur|sous|lès|les|lez|en|la|le|de|du|des|aux|au|d'.+|l'.+)-.+|(?i)(saint|sainte|st|ste)-.+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private final SuggestLexicon lexicon;

    CandidateCategories(SuggestLexicon lexicon) {
        this.lexicon = lexicon;
    }

    CandidateCategory of(String original, CandidateEvidence evidence, CandidateCounter.Tally tally) {
        String[] words = original.split(" ");
        if (words.length > 1 && CandidateReader.ORGANISATION_HEADS.contains(words[0])) {
            return CandidateCategory.ORGANISATION;
        }
        if (words.length > 1 && CandidateReader.ARTICLE_HEADS.contains(words[0])) {
            return "ORG".equals(evidence.entityType()) ? CandidateCategory.ORGANISATION : CandidateCategory.PLACE;
        }
        if (CandidateReader.PLACE_HEADS.contains(words[0]) || COMPOUND_PLACE.matcher(words[0]).matches()) {
            return CandidateCategory.PLACE;
        }
        if (evidence.speaker) {
            return CandidateCategory.PERSON;
        }
        SuggestLexicon.ProperNoun first = lexicon.properNoun(words[0]);
        int person = clues(tally.wordsBefore, BEFORE_PERSON);
        int place = clues(tally.wordsBefore, BEFORE_PLACE);
        int town = clues(tally.wordsBefore, BEFORE_TOWN);
        if (words.length == 1 && ACRONYM.matcher(original).matches() && !first.male() && !first.female()) {
            return CandidateCategory.ORGANISATION; // SNCF, CGT, EDF
        }
        if (2 * clues(tally.wordsBefore, BEFORE_FIRM) >= tally.count) {
            return CandidateCategory.ORGANISATION;
        }
        if (first.male() || first.female()) {
            // No article before a first name: « l'Amérique », « en Suisse » are places.
            int article = clues(tally.wordsBefore, ARTICLES);
            return words.length == 1 && 2 * (place + article) > tally.count ? CandidateCategory.PLACE
                    : CandidateCategory.PERSON;
        }
        if (person > 0) {
            return CandidateCategory.PERSON;
        }
        String entity = evidence.entityType();
        if (first.listed()) {
            if (clues(tally.wordsBefore, Set.of("chez")) > 0) {
                return CandidateCategory.ORGANISATION; // one is « chez » a firm or a person, never a town
            }
            return "ORG".equals(entity) ? CandidateCategory.ORGANISATION : CandidateCategory.PLACE;
        }
        if (2 * (place + town) >= tally.count && place + town > 0) {
            return CandidateCategory.PLACE;
        }
        if (entity != null) {
            return switch (entity) {
                case "LOC" -> CandidateCategory.PLACE;
                case "ORG" -> CandidateCategory.ORGANISATION;
                default -> CandidateCategory.PERSON;
            };
        }
        if (words.length > 1 && lexicon.properNoun(words[words.length - 1]).listed()
                && !lexicon.properNoun(words[words.length - 1]).firstName()) {
            return CandidateCategory.PLACE;
        }
        return CandidateCategory.PERSON; // a capitalised word unknown to French: most often a surname
    }

    private static int clues(Map<String, Integer> wordsBefore, Set<String> clueWords) {
        int n = 0;
        for (Map.Entry<String, Integer> e : wordsBefore.entrySet()) {
            if (clueWords.contains(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }
}
