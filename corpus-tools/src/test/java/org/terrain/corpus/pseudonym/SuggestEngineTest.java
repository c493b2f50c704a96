package org.terrain.corpus.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.text.NameFold;

/** The suggestion engine on small texts: what is a candidate, how it is counted, categorised and replaced. */
class SuggestEngineTest {
    private static SuggestLexicon lexicon;

    @BeforeAll
    static void loadLexicon() {
        lexicon = SuggestLexicon.load();
    }

    private static SuggestSource text(String name, String text) {
        return new SuggestSource(name, text, List.of(), List.of(), List.of());
    }

    private static Map<String, Suggestion> byOriginal(List<Suggestion> suggestions) {
        return suggestions.stream().collect(Collectors.toMap(Suggestion::original, Function.identity()));
    }

    private static Map<String, Suggestion> suggest(SuggestSource... sources) {
        return byOriginal(new SuggestEngine(lexicon).suggest(List.of(sources), Set.of(), Set.of()));
    }

    @Test
    void speakerLabelsThatAreNamesAreCandidatesRoleCodesAndInitialsAreNot() {
        String text = "[00:00:01] ENQ : bonjour\n[00:00:02] MARTINE : bonjour\n[00:00:03] 414PERS : oui\n"
                + "[00:00:04] PB : non\n[00:00:05] Mère : voilà\n";
        List<Span> labels = List.of(new Span(0, 16), new Span(25, 45), new Span(54, 74), new Span(79, 94),
                new Span(99, 116));
        Map<String, Suggestion> found = suggest(new SuggestSource("t.txt", text, labels,
                List.of("ENQ", "MARTINE", "414PERS", "PB", "Mère"), List.of()));
        assertThat(found.keySet()).containsExactly("MARTINE");
        assertThat(found.get("MARTINE").category()).isEqualTo(CandidateCategory.PERSON);
        assertThat(found.get("MARTINE").foundBy()).contains("speaker");
        assertThat(found.get("MARTINE").count()).isEqualTo(1);
    }

    @Test
    void capitalisedCommonWordsAreNoNamesButUnknownAndProperNounsAre() {
        Map<String, Suggestion> found = suggest(text("a.txt",
                "Alors on est allés à l'Atelier. Pierre est dure. Ensuite Mailfert est venu avec Rose, de Feyzin."));
        assertThat(found.keySet()).containsExactlyInAnyOrder("Mailfert", "Rose", "Feyzin");
    }

    @Test
    void namesOfSeveralWordsAreJoined() {
        Map<String, Suggestion> found = suggest(text("a.txt", "je connaissais Martine Dupuis de Saint-Fons, "
                + "elle était à l'Entreprise Rhodia puis au Crédit Lyonnais, et Martine venait du Mans."));
        assertThat(found.keySet()).contains("Martine Dupuis", "Saint-Fons", "Entreprise Rhodia", "Crédit Lyonnais",
                "Martine");
        assertThat(found.get("Entreprise Rhodia").category()).isEqualTo(CandidateCategory.ORGANISATION);
        assertThat(found.get("Saint-Fons").category()).isEqualTo(CandidateCategory.PLACE);
        assertThat(found.get("Martine Dupuis").category()).isEqualTo(CandidateCategory.PERSON);
    }

    @Test
    void countsEveryWholeWordFoldedLikeTheTable() {
        Map<String, Suggestion> found = suggest(text("a.txt", "Hélène et HELENE, la fille d'Hélène."),
                text("b.txt", "helene, Hélènes et Marie-Hélène"), text("c.txt", "rien"));
        Suggestion helene = found.get("Hélène");
        assertThat(helene.count()).isEqualTo(5); // « Hélènes » is another word; Hélène in Marie-Hélène is one
        assertThat(helene.sources()).containsExactly("a.txt", "b.txt");
        for (String name : List.of("Hélène")) {
            assertThat(NameFold.wholeWordStarts(NameFold.fold("Hélène et HELENE, la fille d'Hélène."),
                    NameFold.fold(name))).hasSize(3);
        }
    }

    @Test
    void wordsMostlyWrittenWithoutCapitalAndRomanNumbersAreLeftOut() {
        // « Son » (a commune of the lexicon) is capitalised in the film's title, but « son » is a common word the
        // table, blind to case, would replace everywhere.
        Map<String, Suggestion> found = suggest(text("a.txt", "le film « Son programme »\n"
                + "son fils et son frère, son ami, avec Louis XIV et Henri IV, au CIC."));
        assertThat(found.keySet()).containsExactlyInAnyOrder("Louis", "Henri", "CIC");
    }

    @Test
    void tellsItsProgressAndStopsWhenCancelled() {
        List<SuggestSource> sources = List.of(text("a.txt", "Karim"), text("b.txt", "Martine"));
        List<long[]> steps = new java.util.ArrayList<>();
        List<Suggestion> found = new SuggestEngine(lexicon).suggest(sources, Set.of(), Set.of(),
                (done, total, message) -> steps.add(new long[] {done, total}), Cancellation.none());
        assertThat(found).hasSize(2);
        assertThat(steps).hasSize(4);
        assertThat(steps.getLast()).containsExactly(4, 4);

        Cancellation cancellation = Cancellation.none();
        List<Suggestion> cancelled = new SuggestEngine(lexicon).suggest(sources, Set.of(), Set.of(),
                (done, total, message) -> cancellation.cancel(), cancellation);
        assertThat(cancelled).isEmpty();
    }

    @Test
    void decidedOriginalsAreLeftOut() {
        List<Suggestion> found = new SuggestEngine(lexicon).suggest(
                List.of(text("a.txt", "on a vu Karim et Nadia à Vénissieux.")), Set.of(NameFold.fold("Karim")), Set.of());
        assertThat(found).extracting(Suggestion::original).containsExactlyInAnyOrder("Nadia", "Vénissieux");
    }

    @Test
    void theLanguageAnalysisDoesNotOverruleTheLexicon() {
        // As CoreNLP does on the demo: Feyzin a person, Karim a place, Atelier a person.
        String text = "Karim travaille à Feyzin, à l'Atelier.";
        List<EntityMention> entities = List.of(new EntityMention(0, 5, "LOC", "Karim"),
                new EntityMention(18, 24, "PER", "Feyzin"), new EntityMention(30, 37, "PER", "Atelier"));
        Map<String, Suggestion> found = suggest(new SuggestSource("a.txt", text, List.of(), List.of(), entities));
        assertThat(found.keySet()).containsExactlyInAnyOrder("Karim", "Feyzin");
        assertThat(found.get("Karim").category()).isEqualTo(CandidateCategory.PERSON);
        assertThat(found.get("Feyzin").category()).isEqualTo(CandidateCategory.PLACE);
        assertThat(found.get("Karim").foundBy()).contains("entities", "first_names");
    }

    @Test
    void mostFrequentFirst() {
        List<Suggestion> found = new SuggestEngine(lexicon).suggest(
                List.of(text("a.txt", "Lyon, Karim, Karim, Karim, Mailfert, Mailfert.")), Set.of(), Set.of());
        assertThat(found).extracting(Suggestion::original).containsExactly("Karim", "Mailfert", "Lyon");
    }

    @Test
    void proposalsKeepGenderAreStableAndCollideWithNothing() {
        SuggestSource source = text("a.txt", "Martine et Karim, Nadia et Mohamed, de Lyon et de Feyzin, à la SNCF. "
                + "Une Sylvie était là, et Monique aussi.");
        Set<String> replacements = Set.of("Commune A", "Odile");
        List<Suggestion> first = new SuggestEngine(lexicon).suggest(List.of(source), Set.of(), replacements);
        List<Suggestion> again = new SuggestEngine(lexicon).suggest(List.of(source), Set.of(), replacements);
        assertThat(again).isEqualTo(first);
        Map<String, Suggestion> found = byOriginal(first);
        SuggestNamePool pool = SuggestNamePool.load();
        assertThat(pool.feminine()).contains(found.get("Martine").proposal(), found.get("Nadia").proposal());
        assertThat(pool.masculine()).contains(found.get("Karim").proposal(), found.get("Mohamed").proposal());
        assertThat(found.get("Lyon").proposal()).startsWith("Commune ").isNotEqualTo("Commune A");
        assertThat(found.get("SNCF").proposal()).isEqualTo("Entreprise A");
        List<String> proposals = first.stream().map(Suggestion::proposal).toList();
        assertThat(proposals).doesNotHaveDuplicates().doesNotContain("Odile", "Sylvie", "Monique");
    }

    @Test
    void aPersonsNameOfTwoWordsIsReplacedWordByWord() {
        Map<String, Suggestion> found = suggest(text("a.txt", "Martine Dupuis est venue. Martine est repartie."));
        String martine = found.get("Martine").proposal();
        assertThat(found.get("Martine Dupuis").proposal()).startsWith(martine + " ");
        assertThat(SuggestNamePool.load().surnames()).contains(found.get("Martine Dupuis").proposal()
                .substring(martine.length() + 1));
    }
}
