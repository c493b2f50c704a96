package org.terrain.corpus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchPipelineTest {
    @Test
    void wordsHaveUniversalTagsLexiconLemmasAndEntities() {
        List<FrenchPipeline.Word16> words = Pipelines.withEntities()
                .words("Les ouvrières travaillaient au port de Lyon.\nJe suis allé chez Renault, il faut dire.");
        words.forEach(System.out::println);
        assertThat(words).filteredOn(w -> w.form().equals("travaillaient")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("travailler"))
                .satisfies(w -> assertThat(w.upos()).isEqualTo("VERB"));
        assertThat(words).filteredOn(w -> w.form().equals("ouvrières")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("ouvrière"));
        assertThat(words).filteredOn(w -> w.form().equals("suis")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("être"));
        assertThat(words).filteredOn(w -> w.form().equals("faut")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("falloir"));
        assertThat(words).filteredOn(w -> w.form().equals("Lyon")).singleElement()
                .satisfies(w -> assertThat(w.entity()).isEqualTo("LOC"));
    }

    @Test
    void aMultiWordTokenGivesTwoWordsOnTheSameSpan() {
        String text = "Il va au marché.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        int au = text.indexOf("au ");
        assertThat(words).filteredOn(w -> w.begin() == au).extracting(FrenchPipeline.Word16::form)
                .containsExactly("à", "le");
        assertThat(words).filteredOn(w -> w.begin() == au).allSatisfy(w -> assertThat(w.end()).isEqualTo(au + 2));
    }

    @Test
    void elidedConjunctionsAreTwoWords() {
        String text = "Il a marché jusqu'au port, puisqu'il pleuvait.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        assertThat(words).extracting(FrenchPipeline.Word16::form).containsSubsequence("jusqu'", "à", "le", "port",
                ",", "puisqu'", "il");
        assertThat(words).filteredOn(w -> w.form().equals("jusqu'")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("jusque"))
                .satisfies(w -> assertThat(text.substring(w.begin(), w.end())).isEqualTo("jusqu'"));
        assertThat(words).filteredOn(w -> w.form().equals("le")).singleElement()
                .satisfies(w -> assertThat(text.substring(w.begin(), w.end())).isEqualTo("au"));
    }

    @Test
    void desAfterANounIsDePlusLesAndElsewhereOneWord() {
        String text = "La liste des candidats est longue.\nIl y a des gens.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        int first = text.indexOf("des");
        int second = text.lastIndexOf("des");
        assertThat(words).filteredOn(w -> w.begin() == first).extracting(FrenchPipeline.Word16::lemma)
                .containsExactly("de", "le");
        assertThat(words).filteredOn(w -> w.begin() == second).extracting(FrenchPipeline.Word16::lemma)
                .containsExactly("un");
    }

    @Test
    void anArticleBeforeAVerbIsAPronounAndSBeforeIlIsSi() {
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words("On les voit souvent, s'il fait beau.");
        assertThat(words).filteredOn(w -> w.form().equals("les")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("PRON"));
        assertThat(words).filteredOn(w -> w.form().equals("s'")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("SCONJ"))
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("si"));
    }

    @Test
    void theFillersOfSpeechAreInterjections() {
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words("euh le métier euh c'est bah dur hein");
        assertThat(words).filteredOn(w -> List.of("euh", "bah", "hein").contains(w.form()))
                .hasSize(4).allSatisfy(w -> assertThat(w.upos()).isEqualTo("INTJ"));
        assertThat(words).filteredOn(w -> w.form().equals("métier")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("NOUN"));
    }

    @Test
    void codesNumbersAndLocutionsAreOneWordAndClockTimesThree() {
        String text = "L'A380 et le G20, c'est-à-dire 100 000 cas de COVID-19 si l'on compte bien, à 20h30.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        assertThat(words).extracting(FrenchPipeline.Word16::form).contains("A380", "G20", "c'est-à-dire",
                "100 000", "COVID-19", "l'on").containsSubsequence("20", "h", "30");
        assertThat(words).filteredOn(w -> w.form().equals("l'on")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("PRON"))
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("on"));
        assertThat(words).filteredOn(w -> w.form().equals("COVID-19")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("COVID-19"))
                .satisfies(w -> assertThat(text.substring(w.begin(), w.end())).isEqualTo("COVID-19"));
        assertThat(words).allSatisfy(w -> assertThat(text.substring(w.begin(), w.end())).isNotBlank());
    }

    @Test
    void aQuantityAndItsUnitStayTwoWordsAndTimeRangesAreNotCodes() {
        String text = "Il a couru 10km en 45min, 35h par semaine, de 14h-16h, pour la 87e fois contre le H1N1.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        List<String> forms = words.stream().map(FrenchPipeline.Word16::form).toList();
        assertThat(forms).containsSubsequence("10", "km").containsSubsequence("45", "min")
                .containsSubsequence("35", "h").containsSubsequence("14", "h").contains("87e", "H1N1")
                .doesNotContain("10km", "45min", "35h", "14h-16h", "h-16");
        assertThat(words).allSatisfy(w -> assertThat(text.substring(w.begin(), w.end())).isNotBlank());
    }

    @Test
    void theWordsOfIndustrialWorkComeOutWhole() {
        String text = "Ils ont fait grève en 2019, on travaillait en 3x8 et ça fait partie du métier, jusqu'à 22 h.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        assertThat(words).filteredOn(w -> w.form().equals("grève")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("NOUN"))
                .satisfies(w -> assertThat(w.lemma()).as("not grever").isEqualTo("grève"));
        assertThat(words).filteredOn(w -> w.form().equals("partie")).singleElement()
                .satisfies(w -> assertThat(w.lemma()).as("not partir").isEqualTo("partie"));
        assertThat(words).extracting(FrenchPipeline.Word16::form).contains("3x8").endsWith("22", "h", ".");
    }

    @Test
    void deBeforeAPluralAdjectiveAfterAVerbIsTheArticleAndLorsDesIsDePlusLes() {
        String text = "Il obtient de bons résultats lors des essais.";
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words(text);
        assertThat(words).filteredOn(w -> w.form().equals("de")).first()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("DET"))
                .satisfies(w -> assertThat(w.begin()).isEqualTo(text.indexOf("de ")));
        int des = text.indexOf("des");
        assertThat(words).filteredOn(w -> w.begin() == des).extracting(FrenchPipeline.Word16::lemma)
                .containsExactly("de", "le");
    }

    @Test
    void aWordTheLexiconKnowsOnlyAsAVerbIsAVerbAndItsArticleAPronoun() {
        List<FrenchPipeline.Word16> words = Pipelines.withEntities().words("Les patrons les privent de tout.");
        assertThat(words).filteredOn(w -> w.form().equals("privent")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("VERB"))
                .satisfies(w -> assertThat(w.lemma()).isEqualTo("priver"));
        assertThat(words).filteredOn(w -> w.form().equals("les")).singleElement()
                .satisfies(w -> assertThat(w.upos()).isEqualTo("PRON"));
    }
}
