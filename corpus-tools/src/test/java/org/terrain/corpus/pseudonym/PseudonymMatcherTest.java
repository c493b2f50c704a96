package org.terrain.corpus.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.text.NameFold;

class PseudonymMatcherTest {
    private static PseudonymEntry person(String original, String replacement) {
        return new PseudonymEntry(original, replacement, PseudonymCategory.PERSON, null);
    }

    private static String replace(String text, PseudonymEntry... entries) {
        return PseudonymMatcher.of(List.of(entries)).replace(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hélène est venue|Claire est venue",
            "HELENE est venue|CLAIRE est venue",
            "helene est venue|claire est venue",
            "Helène, puis hélène.|Claire, puis claire.",
            "Hélènerie n'est pas un nom|Hélènerie n'est pas un nom",
            "chez MarieHélène|chez MarieHélène"})
    void matchesWholeWordsWhateverTheCaseAndAccents(String text, String expected) {
        assertEquals(expected, replace(text, person("Hélène", "Claire")));
    }

    @Test
    void theLongestOriginalWins() {
        PseudonymEntry[] table = {person("Marie", "Anne"), person("Marie-Claire", "Sophie"),
                person("Martine", "Odile"), person("Martine Dupuis", "Jeanne Morel")};
        assertEquals("Sophie et Anne ; Jeanne Morel et Odile",
                replace("Marie-Claire et Marie ; Martine Dupuis et Martine", table));
        assertEquals("Jeanne Morel", replace("Martine\n  Dupuis", table), "any run of spaces between words");
        assertEquals("Sophie", replace("Marie–Claire", table), "an en dash is a hyphen");
    }

    @Test
    void aReplacementIsNeverReadAgain() {
        assertEquals("Alex et Pat", replace("Sam et Alex", person("Sam", "Alex"), person("Alex", "Pat")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MARTINE : oui|ODILE : oui",
            "martine|odile",
            "Martine|Odile",
            "MArtine|Odile"})
    void theReplacementTakesTheCaseOfWhatItReplaces(String text, String expected) {
        assertEquals(expected, replace(text, person("Martine", "Odile")));
    }

    @Test
    void anOriginalTypedInCapitalsKeepsTheReplacementAsTyped() {
        PseudonymEntry firm = new PseudonymEntry("SNCF", "Entreprise A", PseudonymCategory.ORGANISATION, null);
        assertEquals("chez Entreprise A", replace("chez SNCF", firm));
        assertEquals("chez entreprise a", replace("chez sncf", firm));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "la sœur d'Hélène|la sœur de Claire",
            "la sœur d’Hélène|la sœur de Claire",
            "LA SŒUR D'HÉLÈNE|LA SŒUR DE CLAIRE",
            "D'Hélène, rien|De Claire, rien",
            "parce qu'Hélène dit|parce que Claire dit",
            "jusqu'Hélène|jusque Claire",
            "l'Hélène de Lyon|le Claire de Lyon"})
    void anElisionBeforeAVowelIsUndoneBeforeAConsonant(String text, String expected) {
        assertEquals(expected, replace(text, person("Hélène", "Claire")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "la sœur de Martine|la sœur d'Odile",
            "DE MARTINE|D'ODILE",
            "De Martine|D'Odile",
            "parce que Martine|parce qu'Odile",
            "la Martine|l'Odile",
            "de  Martine|de  Odile",
            "aide Martine|aide Odile"})
    void anElisionIsMadeBeforeAVowel(String text, String expected) {
        assertEquals(expected, replace(text, person("Martine", "Odile")));
    }

    @Test
    void aNewElisionTakesTheApostropheTheTextUses() {
        assertEquals("l’ami d’Odile", replace("l’ami de Martine", person("Martine", "Odile")));
        assertEquals("l'ami d'Odile", replace("l'ami de Martine", person("Martine", "Odile")));
    }

    @Test
    void hyphenatedPlacesAndTheirParts() {
        PseudonymEntry[] table = {new PseudonymEntry("Saint-Fons", "Commune B", PseudonymCategory.PLACE, null),
                new PseudonymEntry("Fons", "Fleuve C", PseudonymCategory.PLACE, null)};
        assertEquals("à Commune B, le Fleuve C", replace("à Saint-Fons, le Fons", table));
        assertEquals("entretien-martine-commune b.txt",
                replace("entretien-martine-saint-fons.txt", table));
    }

    @Test
    void caseEntriesWinOverTheProjectsForThatCase() {
        PseudonymEntry project = person("Martine", "Odile");
        PseudonymEntry inCase = new PseudonymEntry("Martine", "Sophie", PseudonymCategory.PERSON, "Lyon");
        PseudonymTable table = new PseudonymTable(List.of(project, inCase), List.of());
        assertEquals("Sophie", table.matcherFor("Lyon").replace("Martine"));
        assertEquals("Odile", table.matcherFor("Paris").replace("Martine"));
        assertEquals("Odile", table.matcherFor(null).replace("Martine"));
    }

    @Test
    void aCaseEntryIsAppliedToTextsOfNoCase() {
        PseudonymEntry inCase = new PseudonymEntry("Karim", "Nabil", PseudonymCategory.PERSON, "Lyon");
        PseudonymTable table = new PseudonymTable(List.of(inCase), List.of());
        assertEquals("mémo sur Nabil", table.matcherFor(null).replace("mémo sur Karim"));
    }

    @Test
    void positionsMoveWithTheReplacements() {
        String text = "Bonjour Martine, dit de Martine Hélène 😀 au revoir";
        Pseudonymised result = PseudonymMatcher.of(List.of(person("Martine", "Al"), person("Hélène", "Bérénice")))
                .apply(text);
        assertEquals("Bonjour Al, dit d'Al Bérénice 😀 au revoir", result.text());
        int[] cps = text.codePoints().toArray();
        String out = result.text();
        int[] outCps = out.codePoints().toArray();
        // "revoir" at its code points in both texts
        int from = indexCp(text, "revoir");
        assertEquals("revoir", new String(outCps, result.positions().start(from), 6));
        assertEquals(result.positions().start(from) + 6, result.positions().end(from + 6));
        // a passage holding a name holds its replacement
        int martine = indexCp(text, "Martine");
        assertEquals("Al", new String(outCps, result.positions().start(martine),
                result.positions().end(martine + 7) - result.positions().start(martine)));
        // inside a name rounds outwards
        assertEquals(result.positions().start(martine), result.positions().start(martine + 3));
        assertEquals(cps.length, text.codePointCount(0, text.length()));
    }

    private static int indexCp(String text, String word) {
        return text.codePointCount(0, text.indexOf(word));
    }

    /**
     * Random texts of names, their elisions, cases and other words: no original survives anywhere, and every
     * word outside a replacement is found again at its mapped place.
     */
    @Test
    void noOriginalSurvivesAndOtherWordsKeepTheirPlace() {
        List<PseudonymEntry> table = List.of(person("Martine", "Odile"), person("Marie-Claire", "Sophie"),
                person("Marie", "Anne"), person("Hélène", "Claire"), person("Jean Dupuis", "Paul Morel"),
                person("Sam", "Alex"), person("Alex", "Pat"),
                new PseudonymEntry("Saint-Fons", "Commune B", PseudonymCategory.PLACE, null),
                new PseudonymEntry("SNCF", "Entreprise A", PseudonymCategory.ORGANISATION, null));
        String[] names = {"Martine", "MARTINE", "martine", "Marie-Claire", "marie–claire", "Marie", "Hélène",
                "HELENE", "helene", "Jean Dupuis", "JEAN  DUPUIS", "Sam", "Saint-Fons", "SNCF", "sncf"};
        String[] words = {"de", "la", "le", "que", "chez", "Jean", "Dupuis", "été", "œuvre", "😀", "Marielle",
                "maison", "Samedi", "d'accord", "l'usine", "aujourd’hui", ":", ",", "\n", "-", "Alexandre"};
        String[] prefixes = {"", "d'", "d’", "l'", "qu'", "D'", "de ", "que "};
        PseudonymMatcher matcher = PseudonymMatcher.of(table);
        PseudonymTable tableOf = new PseudonymTable(table, List.of());
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            List<int[]> plainWords = new ArrayList<>(); // code point start, end of each ordinary word
            for (int k = 0; k < 40; k++) {
                if (random.nextInt(3) == 0) {
                    text.append(prefixes[random.nextInt(prefixes.length)]).append(names[random.nextInt(names.length)]);
                } else {
                    String word = words[random.nextInt(words.length)];
                    int start = text.codePointCount(0, text.length());
                    text.append(word);
                    if (Character.isLetter(word.codePointAt(0)) && word.length() > 2 && !word.equals("Jean")
                            && !word.equals("Dupuis") && !word.equals("que")) {
                        // (an article before a name belongs to its replacement when the elision is redone)
                        plainWords.add(new int[] {start, start + word.codePointCount(0, word.length())});
                    }
                }
                text.append(' ');
            }
            String original = text.toString();
            Pseudonymised result = matcher.apply(original);
            for (String forbidden : tableOf.originalsThatMustNotRemain()) {
                assertFalse(NameFold.containsWord(result.text(), forbidden), () -> forbidden + " in " + result.text());
            }
            int[] outCps = result.text().codePoints().toArray();
            int[] inCps = original.codePoints().toArray();
            for (int[] word : plainWords) {
                String expected = new String(inCps, word[0], word[1] - word[0]);
                int start = result.positions().start(word[0]);
                int end = result.positions().end(word[1]);
                assertEquals(expected, new String(outCps, start, end - start), () -> original + "\n" + result.text());
            }
        }
    }

    @Test
    void fastOnALongText() {
        List<PseudonymEntry> table = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            table.add(person("Nom" + i, "Pseudo" + i));
        }
        StringBuilder text = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 1_000_000; i++) {
            text.append(random.nextInt(100) == 0 ? "Nom" + random.nextInt(500) : "mot").append(' ');
        }
        PseudonymMatcher matcher = PseudonymMatcher.of(table);
        long started = System.nanoTime();
        Pseudonymised result = matcher.apply(text.toString());
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertTrue(result.positions().replacements() > 9000);
        assertTrue(ms < 3000, "a million words took " + ms + " ms");
    }
}
