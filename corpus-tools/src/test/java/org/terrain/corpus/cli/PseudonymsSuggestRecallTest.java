package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.NameFold;

/**
 * Recall of {@code pseudonyms suggest}: the demo's names, and names planted in three ESLO interviews (issue 15 asks
 * for ≥ 95 % of the people and ≥ 90 % of the places and firms). The planted sentences are written as ESLO writes
 * speech (no capital at a sentence's start, names capitalised) and spread over the interviews' turns. Figures and
 * misses are in docs/pseudonymisation-suggestions.md; this test prints them.
 */
class PseudonymsSuggestRecallTest {
    @TempDir
    Path dir;

    private record Planted(String name, String category, String sentence) {
    }

    /** Names planted, with the sentence that carries each: first names, compound, surnames, capitals, no accent, elided. */
    private static final List<Planted> PLANTED = List.of(
            new Planted("Martine", "person", "j'en ai parlé à Martine hier"),
            new Planted("Karim", "person", "mon voisin Karim travaille là-bas"),
            new Planted("Hélène", "person", "c'est la fille d'Hélène qui m'a dit ça"),
            new Planted("Jean-Pierre", "person", "on allait chez Jean-Pierre le dimanche"),
            new Planted("Marie-Claire", "person", "Marie-Claire était institutrice à l'époque"),
            new Planted("Dupuis", "person", "c'est madame Dupuis qui tenait la boulangerie"),
            new Planted("Martine Dupuis", "person", "je connaissais bien Martine Dupuis"),
            new Planted("Nathalie", "person", "le fils de Nathalie est parti"),
            new Planted("Mohamed", "person", "Mohamed venait nous aider le samedi"),
            new Planted("Yannick", "person", "on a vu Yannick au marché"),
            new Planted("Gwenaëlle", "person", "la petite Gwenaëlle pleurait"),
            new Planted("Thibault", "person", "mon beau-frère Thibault est plombier"),
            new Planted("Bénédicte", "person", "Bénédicte m'a téléphoné ce matin"),
            new Planted("Ferrand", "person", "monsieur Ferrand le directeur"),
            new Planted("Aurélien", "person", "avec Aurélien on jouait aux cartes"),
            new Planted("Soizic", "person", "la cousine Soizic habite en Bretagne"),
            new Planted("ODETTE", "person", "elle criait ODETTE viens manger"),
            new Planted("Frederic", "person", "on allait chez Frederic après la messe"),
            new Planted("Kévin", "person", "le petit Kévin est malade"),
            new Planted("Lefebvre", "person", "les Lefebvre habitaient en face"),
            new Planted("Saint-Fons", "place", "ma tante vivait à Saint-Fons"),
            new Planted("Vénissieux", "place", "on habitait Vénissieux avant"),
            new Planted("Feyzin", "place", "la raffinerie de Feyzin a brûlé"),
            new Planted("Villeurbanne", "place", "il a un appartement à Villeurbanne"),
            new Planted("Vaulx-en-Velin", "place", "du côté de Vaulx-en-Velin"),
            new Planted("Rillieux-la-Pape", "place", "elle est née à Rillieux-la-Pape"),
            new Planted("Oullins", "place", "on descendait vers Oullins"),
            new Planted("Givors", "place", "le marché de Givors"),
            new Planted("Pierre-Bénite", "place", "le barrage de Pierre-Bénite"),
            new Planted("Olivet", "place", "ils ont fait construire à Olivet"),
            new Planted("La Source", "place", "on a déménagé à La Source"),
            new Planted("Rhodia", "organisation", "il était chez Rhodia depuis vingt ans"),
            new Planted("SNCF", "organisation", "mon père était cheminot à la SNCF"),
            new Planted("Arkema", "organisation", "l'usine Arkema embauchait"),
            new Planted("Michelin", "organisation", "il a fait dix ans chez Michelin"),
            new Planted("Total", "organisation", "mon fils est chez Total maintenant"),
            new Planted("Sanofi", "organisation", "elle travaille au labo Sanofi"),
            new Planted("Kuhlmann", "organisation", "les établissements Kuhlmann ont fermé"),
            new Planted("Crédit Lyonnais", "organisation", "il avait son compte au Crédit Lyonnais"),
            new Planted("Saint-Gobain", "organisation", "le verre de Saint-Gobain"),
            new Planted("Berliet", "organisation", "les camions Berliet passaient devant"),
            new Planted("EDF", "organisation", "un agent d'EDF est venu"));

    private static final List<String> INTERVIEWS = List.of("ESLO1_INTPERS_414_C.txt", "ESLO1_INTPERS_420_C.txt",
            "ESLO1_INTPERS_421_C.txt");
    private static final Pattern TURN = Pattern.compile("^\\[\\d\\d:\\d\\d:\\d\\d] [^:]+ : .*");

    @Test
    void findsTheDemosNames() {
        String p = importDemo();
        assertDemoNames(suggestions(p));
    }

    @Test
    void theLanguageAnalysisChangesNoCategoryOnTheDemo() {
        // CoreNLP on the demo: « Karim » a place, « Feyzin », « Atelier », « Préretraite » persons, « Venez » a place.
        String p = importDemo();
        CliRun annotate = CliRun.of("annotate", p);
        assertThat(annotate.exit()).as(annotate.err()).isZero();
        Map<String, JsonNode> found = assertDemoNames(suggestions(p));
        assertThat(found.get("karim").path("found_by").toString()).contains("entities");
        assertThat(found).doesNotContainKey("venez").doesNotContainKey("preretraite");
    }

    @Test
    void printsTheContractsFieldsMostFrequentFirst() {
        CliRun run = CliRun.of("pseudonyms", "suggest", importDemo(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        int previous = Integer.MAX_VALUE;
        for (JsonNode s : run.json()) {
            assertThat(s.fieldNames()).toIterable().contains("original", "category", "count", "sources", "proposal");
            assertThat(s.path("sources").isArray()).isTrue();
            assertThat(s.path("count").asInt()).isLessThanOrEqualTo(previous);
            previous = s.path("count").asInt();
        }
        JsonNode first = run.json().get(0);
        assertThat(first.path("original").asText()).isEqualTo("Karim");
        assertThat(first.path("sources")).extracting(JsonNode::asText)
                .containsExactly("entretien-karim-chaudronnerie-feyzin.txt", "observation-atelier-feyzin.txt");
        CliRun text = CliRun.of("pseudonyms", "suggest", dir.resolve("demo").toString());
        assertThat(text.out()).startsWith("31\tperson\tKarim\t→ ");
    }

    @Test
    void namesInTheTableOrIgnoredAreNoLongerSuggestedAndNoProposalRepeatsAReplacement() {
        String project = importDemo();
        assertThat(CliRun.of("pseudonyms", "add", project, "Karim", "--as", "Christophe").exit()).isZero();
        assertThat(CliRun.of("pseudonyms", "ignore", project, "SNCF").exit()).isZero();
        CliRun run = CliRun.of("pseudonyms", "suggest", project, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> originals = new ArrayList<>();
        run.json().forEach(s -> originals.add(s.path("original").asText()));
        assertThat(originals).isNotEmpty().doesNotContain("Karim", "SNCF");
        run.json().forEach(s -> assertThat(s.path("proposal").asText()).isNotEqualToIgnoringCase("Christophe"));
    }

    private String importDemo() {
        String p = dir.resolve("demo").toString();
        CliRun.of("init", p);
        List<String> args = new ArrayList<>(List.of("import", p));
        try (var files = Files.list(Path.of("..", "src", "demo-corpus"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(CliRun.of(args.toArray(String[]::new)).exit()).isZero();
        return p;
    }

    private static Map<String, JsonNode> assertDemoNames(Map<String, JsonNode> found) {
        List<String> people = List.of("Martine", "Karim", "Gérard", "Lucas", "Théo");
        List<String> places = List.of("Saint-Fons", "Feyzin", "Vénissieux", "Lyon", "Corbas", "Minguettes", "Rhône");
        List<String> firms = List.of("SNCF", "CGT");
        for (String name : people) {
            assertThat(found).as(name).containsKey(NameFold.fold(name));
            assertThat(found.get(NameFold.fold(name)).path("category").asText()).as(name).isEqualTo("person");
        }
        for (String name : places) {
            assertThat(found).as(name).containsKey(NameFold.fold(name));
            assertThat(found.get(NameFold.fold(name)).path("category").asText()).as(name).isEqualTo("place");
        }
        for (String name : firms) {
            assertThat(found.get(NameFold.fold(name)).path("category").asText()).as(name).isEqualTo("organisation");
        }
        // The labels ENQ are no name, nor the workshop.
        assertThat(found).doesNotContainKey("enq").doesNotContainKey("atelier");
        System.out.println("demo: " + found.size() + " candidates, " + (people.size() + places.size() + firms.size())
                + " names of the demo among them: " + found.keySet());
        return found;
    }

    @Test
    void findsNamesPlantedInThreeEsloInterviews() throws IOException {
        Path corpus = SharedCorpus.file("corpus/interviews");
        String p = dir.resolve("eslo").toString();
        CliRun.of("init", p);
        List<String> args = new ArrayList<>(List.of("import", p));
        for (int i = 0; i < INTERVIEWS.size(); i++) {
            List<Planted> mine = new ArrayList<>();
            for (int k = i; k < PLANTED.size(); k += INTERVIEWS.size()) {
                mine.add(PLANTED.get(k));
            }
            String text = Files.readString(corpus.resolve(INTERVIEWS.get(i)), StandardCharsets.UTF_8);
            Path planted = dir.resolve("in").resolve(INTERVIEWS.get(i));
            Files.createDirectories(planted.getParent());
            Files.writeString(planted, plant(text, mine), StandardCharsets.UTF_8);
            args.add(planted.toString());
        }
        CliRun imported = CliRun.of(args.toArray(String[]::new));
        assertThat(imported.exit()).as(imported.err()).isZero();
        Map<String, JsonNode> found = suggestions(p);

        Map<String, int[]> byCategory = new HashMap<>(); // found, planted
        List<String> missed = new ArrayList<>();
        List<String> otherCategory = new ArrayList<>();
        for (Planted planted : PLANTED) {
            String group = planted.category().equals("person") ? "person" : "place or firm";
            int[] tally = byCategory.computeIfAbsent(group, k -> new int[2]);
            tally[1]++;
            JsonNode hit = found.get(NameFold.fold(planted.name()));
            if (hit == null) {
                missed.add(planted.name());
                continue;
            }
            tally[0]++;
            if (!hit.path("category").asText().equals(planted.category())) {
                otherCategory.add(planted.name() + " as " + hit.path("category").asText());
            }
            assertThat(hit.path("count").asInt()).as(planted.name()).isPositive();
        }
        int[] people = byCategory.get("person");
        int[] others = byCategory.get("place or firm");
        System.out.printf("ESLO planted: people %d/%d, places and firms %d/%d; missed %s; other category %s; "
                + "%d candidates in all%n", people[0], people[1], others[0], others[1], missed, otherCategory,
                found.size());
        assertThat(people[0] * 100).as("people found, missed: " + missed).isGreaterThanOrEqualTo(95 * people[1]);
        assertThat(others[0] * 100).as("places and firms found, missed: " + missed).isGreaterThanOrEqualTo(90 * others[1]);
    }

    /** The text with each sentence appended to a turn, the turns spread evenly over the interview. */
    private static String plant(String text, List<Planted> planted) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        List<Integer> turns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TURN.matcher(lines.get(i)).matches()) {
                turns.add(i);
            }
        }
        for (int k = 0; k < planted.size(); k++) {
            int line = turns.get((k + 1) * turns.size() / (planted.size() + 1));
            lines.set(line, lines.get(line) + " euh " + planted.get(k).sentence());
        }
        return String.join("\n", lines);
    }

    private static Map<String, JsonNode> suggestions(String project) {
        CliRun run = CliRun.of("pseudonyms", "suggest", project, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, JsonNode> byFolded = new HashMap<>();
        run.json().forEach(s -> byFolded.put(NameFold.fold(s.path("original").asText()), s));
        return byFolded;
    }
}
