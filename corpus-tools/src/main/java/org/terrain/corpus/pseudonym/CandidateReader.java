package org.terrain.corpus.pseudonym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.NameFold;

/**
 * Pass one of the suggestions: the candidate names of each source, by their folded spelling. A candidate is a run
 * of capitalised words next to each other (« Martine Dupuis », « Saint-Fons », « Entreprise Rhodia ») holding at
 * least one name: a word the lexicon lists as a proper noun, or a capitalised word it does not know at all. A
 * capitalised common word (« Atelier », « Alors » at a sentence's start) is no name; a word that is both (« Pierre
 * », « Tours ») counts as a name except at a sentence's start, where the capital says nothing.
 */
final class CandidateReader {
    static final String BY_LEXICON = "lexicon";
    static final String BY_FIRST_NAMES = "first_names";
    static final String BY_SPEAKER = "speaker";
    static final String BY_ENTITIES = "entities";

    /** Common words that open a name of a place or a firm: kept at the front of the run they lead. */
    static final Set<String> ORGANISATION_HEADS = Set.of("Entreprise", "Entreprises", "Société", "Groupe",
            "Établissements", "Etablissements", "Ets", "Usine", "Usines", "Banque", "Crédit", "Caisse", "Compagnie",
            "Cabinet", "Laboratoires", "Association", "Clinique", "Lycée", "Collège");
    static final Set<String> PLACE_HEADS = Set.of("Saint", "Sainte", "Mont", "Pont", "Port", "Val", "Bourg");
    /** An article with a capital inside a sentence opens a name (« Le Mans », « La Poste », « La Source »). */
    static final Set<String> ARTICLE_HEADS = Set.of("Le", "La", "Les");

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile(
            "M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Set<String> ENTITY_TYPES = Set.of("PER", "LOC", "ORG");
    private static final String SENTENCE_ENDS = ".!?…:;\n";

    /** CAPITALISED: a common word with a capital mid-sentence, part of a name only after a head (Crédit Lyonnais). */
    private enum Kind { NAME, TENTATIVE, HEAD, CAPITALISED, NONE }

    private record Member(int start, int end, Kind kind, boolean firstName, boolean listed) {
    }

    private final SuggestLexicon lexicon;
    private final Map<String, CandidateEvidence> found = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, SuggestLexicon.ProperNoun> properNouns = new HashMap<>();

    CandidateReader(SuggestLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Map<String, CandidateEvidence> found() {
        return found;
    }

    void read(SuggestSource source) {
        scan(source.text(), labelsInChars(source), null);
        for (String label : source.speakers()) {
            if (SpeakerLabels.isName(label, lexicon)) {
                CandidateEvidence evidence = evidence(label.strip());
                evidence.seen(label.strip(), BY_SPEAKER);
                evidence.speaker = true;
            }
        }
        for (EntityMention mention : source.entities()) {
            if (ENTITY_TYPES.contains(mention.type())) {
                scan(mention.text(), List.of(), mention.type());
            }
        }
    }

    private static List<int[]> labelsInChars(SuggestSource source) {
        if (source.labels().isEmpty()) {
            return List.of();
        }
        CodePointIndex index = new CodePointIndex(source.text());
        List<int[]> out = new ArrayList<>();
        for (Span label : source.labels()) {
            out.add(new int[] {index.toUtf16(label.start()), index.toUtf16(label.end())});
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Reads a text (or an entity's words, with {@code entityType}) and records the runs of names in it. */
    private void scan(String text, List<int[]> skipped, String entityType) {
        List<Member> run = new ArrayList<>();
        boolean sentenceStart = entityType == null;
        int next = 0;
        int i = 0;
        while (i < text.length()) {
            if (next < skipped.size() && i >= skipped.get(next)[0]) {
                flush(text, run, entityType);
                i = Math.max(i, skipped.get(next++)[1]);
                sentenceStart = true;
                continue;
            }
            int c = text.codePointAt(i);
            if (!NameFold.isWordChar(c)) {
                if (SENTENCE_ENDS.indexOf(c) >= 0) {
                    sentenceStart = entityType == null;
                }
                i += Character.charCount(c);
                continue;
            }
            NameTokens.Token token = NameTokens.at(text, i);
            if (!Character.isUpperCase(text.codePointAt(token.start()))) {
                flush(text, run, entityType); // most words: no name, and no need to look them up
                sentenceStart = false;
                i = token.end();
                continue;
            }
            String word = text.substring(token.start(), token.end());
            Kind kind = isCode(text, token) ? Kind.NONE : kind(word, sentenceStart);
            if (kind == Kind.CAPITALISED && afterChez(text, token.start())) {
                kind = Kind.NAME; // « chez Total », « chez Renault »: a firm or a person, whatever the word
            }
            if (!run.isEmpty() && !NameTokens.oneSpaceBetween(text, run.getLast().end(), token.start())) {
                flush(text, run, entityType);
            }
            boolean listed = kind == Kind.NAME && properNoun(word).listed();
            if (listed && !run.isEmpty() && run.getLast().listed() && !run.getLast().firstName()) {
                flush(text, run, entityType); // two names said in a row (Danemark Suède, Paris Cléon)
            }
            boolean afterHead = !run.isEmpty() && run.getFirst().kind() == Kind.HEAD;
            if (kind == Kind.NONE || kind == Kind.CAPITALISED && !afterHead) {
                flush(text, run, entityType);
            } else {
                run.add(new Member(token.start(), token.end(), kind, kind == Kind.NAME && isFirstName(word), listed));
            }
            sentenceStart = false;
            i = token.end();
        }
        flush(text, run, entityType);
    }

    /** Records the run if it holds a name, without the heads or doubtful words that trail it. */
    private void flush(String text, List<Member> run, String entityType) {
        String head = run.isEmpty() ? "" : text.substring(run.getFirst().start(), run.getFirst().end());
        boolean headed = run.size() > 1 && run.getFirst().kind() == Kind.HEAD
                && (ORGANISATION_HEADS.contains(head) || ARTICLE_HEADS.contains(head));
        while (!run.isEmpty() && (headed ? run.getLast().kind() == Kind.HEAD : run.getLast().kind() != Kind.NAME)) {
            run.removeLast();
        }
        if (!run.isEmpty() && (!headed || run.size() > 1)) {
            String written = text.substring(run.getFirst().start(), run.getLast().end());
            boolean firstName = run.stream().anyMatch(Member::firstName);
            CandidateEvidence evidence = evidence(written);
            evidence.seen(written, entityType != null ? BY_ENTITIES : firstName ? BY_FIRST_NAMES : BY_LEXICON);
            if (entityType != null) {
                evidence.entityTypes.merge(entityType, 1, Integer::sum);
            }
        }
        run.clear();
    }

    private CandidateEvidence evidence(String written) {
        return found.computeIfAbsent(NameFold.fold(written), CandidateEvidence::new);
    }

    private boolean isFirstName(String word) {
        SuggestLexicon.ProperNoun noun = properNoun(word);
        return noun.male() || noun.female();
    }

    /** The lexicon's word on a capitalised word, asked once per spelling. */
    private SuggestLexicon.ProperNoun properNoun(String word) {
        return properNouns.computeIfAbsent(word, lexicon::properNoun);
    }

    private Kind kind(String word, boolean sentenceStart) {
        Kind kind = kinds.computeIfAbsent(word, this::kindAnywhere);
        if (sentenceStart) {
            return kind == Kind.CAPITALISED || ARTICLE_HEADS.contains(word) ? Kind.NONE : kind;
        }
        return kind == Kind.TENTATIVE ? Kind.NAME : kind;
    }

    /** What a word is as part of a name; TENTATIVE: a name mid-sentence, a common word at a sentence's start. */
    private Kind kindAnywhere(String word) {
        if (!Character.isUpperCase(word.codePointAt(0)) || word.codePointCount(0, word.length()) < 2
                || word.chars().anyMatch(Character::isDigit)) {
            return Kind.NONE;
        }
        boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
        if (capitals && ROMAN.matcher(word).matches()) {
            return Kind.NONE; // Louis XIV, le IIIe Reich: a number
        }
        if (!capitals && (ORGANISATION_HEADS.contains(word) || PLACE_HEADS.contains(word)
                || ARTICLE_HEADS.contains(word))) {
            return Kind.HEAD;
        }
        boolean listed = properNoun(word).listed();
        boolean common = isCommon(word);
        if (!common) {
            return Kind.NAME;
        }
        if (capitals) {
            return Kind.NONE; // a common word in capitals (CAP, LE): a title, a diploma, not a name
        }
        return listed ? Kind.TENTATIVE : Kind.CAPITALISED;
    }

    /**
     * Whether a word is part of a code or a file name (« ESLO1_INTPERS_414 », « spk1=PB », « entretien.trs ») or cut
     * short, as transcripts mark a word the speaker broke off (« Fran- France »).
     */
    private static boolean isCode(String text, NameTokens.Token token) {
        if (token.start() > 0 && "_=/\\".indexOf(text.charAt(token.start() - 1)) >= 0) {
            return true;
        }
        if (token.end() >= text.length()) {
            return false;
        }
        char after = text.charAt(token.end());
        boolean followedByWord = token.end() + 1 < text.length() && NameFold.isWordChar(text.codePointAt(token.end() + 1));
        return "_=/\\".indexOf(after) >= 0 || after == '.' && followedByWord
                || NameFold.fold(after) == '-' && !followedByWord;
    }

    /** Whether the word before {@code start} is « chez ». */
    private static boolean afterChez(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end >= 4 && end < start && text.regionMatches(true, end - 4, "chez", 0, 4)
                && (end == 4 || !NameFold.isWordChar(text.codePointBefore(end - 4)));
    }

    /** A common word, or a compound of common words that is not a compound first name (« Est-ce », « Aide-opératrice »). */
    private boolean isCommon(String word) {
        if (lexicon.isCommonWord(word)) {
            return true;
        }
        if (word.indexOf('-') < 0 || lexicon.properNoun(word).listed()) {
            return false;
        }
        boolean allCommon = true;
        boolean allNames = true;
        for (String part : word.split("-")) {
            allCommon &= !part.isEmpty() && lexicon.isCommonWord(part);
            allNames &= !part.isEmpty() && Character.isUpperCase(part.codePointAt(0)) && lexicon.properNoun(part).listed();
        }
        return allCommon && !allNames;
    }
}
