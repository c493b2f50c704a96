package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.Codebook;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.NewSource;
import org.terrain.corpus.store.ProjectStore;

/**
 * The small project every document export is tested on, and the golden-file check ({@code NAME} under
 * src/test/resources/org/terrain/corpus/exchange/; {@code -Dterrain.regenerate=true} rewrites them).
 */
final class ExportFixture {
    static final Path GOLDEN = Path.of("src/test/resources/org/terrain/corpus/exchange");
    static final String INTERVIEW = "Entretien Martine";
    static final String OBSERVATION = "Observation atelier";

    private ExportFixture() {
    }

    /** A project with a transcript (ENQ and MARTINE, timed), a prose observation, a case, codes and segments. */
    static ProjectStore create(Path folder) {
        ProjectStore store = ProjectStore.create(folder, "Thèse <usine> & « terrain »", "test");
        store.codes().install(new Codebook("livre", "fr", null, List.of(
                new CodeDefinition("Pratiques", "#4E79A7", "Ce que les gens font", null, null, null, List.of(
                        new CodeDefinition("Travail à l'usine", "#F28E2B", "Le travail <posté> & ses \"rythmes\"",
                                "toute mention du poste", "les loisirs", "« je fais les 3×8 »", List.of()))),
                new CodeDefinition("Émotions", "#E15759", null, null, null, null, List.of()))));

        List<String[]> lines = List.of(
                new String[] {"[00:12:00] ENQ : ", "Vous travaillez où ?"},
                new String[] {"[00:12:04] MARTINE : ", "À l’usine, depuis 1998. Je fais les 3×8 🙂"},
                new String[] {"[00:13:30] ENQ : ", "Et ça vous plaît ?"},
                new String[] {"[00:13:35] MARTINE : ", "C'est dur, mais on rit * beaucoup."});
        long[] times = {720_000, 724_000, 810_000, 815_000};
        String[] speakers = {"ENQ", "MARTINE", "ENQ", "MARTINE"};
        StringBuilder text = new StringBuilder();
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int labelStart = cp(text);
            text.append(lines.get(i)[0]);
            int speechStart = cp(text);
            text.append(lines.get(i)[1]);
            turns.add(new Turn(i, speakers[i], times[i], new Span(labelStart, speechStart),
                    new Span(speechStart, cp(text))));
            if (i < lines.size() - 1) {
                text.append('\n');
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("date d'entretien", "2025-03-14");
        String interview = text.toString();
        store.sources().add(new NewSource(INTERVIEW, SourceKind.INTERVIEW, "Martine", attributes, interview, turns,
                WordCounter.count(interview, turns), null, null, "test"));
        String observation = "Atelier 3, 6 h du matin.\n\nLes soudeuses <arrivent> & se changent.\nOn parle fort.";
        store.sources().add(new NewSource(OBSERVATION, SourceKind.OBSERVATION, null, Map.of("site", "Saint-Fons"),
                observation, List.of(), WordCounter.count(observation, List.of()), null, null, "test"));
        store.cases().importTable(Map.of("Martine", Map.of("âge", "52", "métier", "soudeuse")),
                Map.of("âge", AttributeType.INTEGER, "métier", AttributeType.TEXT), Map.of());

        CodePath travail = CodePath.of("Pratiques", "Travail à l'usine");
        store.segments().code(INTERVIEW, travail, List.of(find(interview, "À l’usine, depuis 1998")),
                "mémo : <important> & \"daté\"", "Élise");
        store.segments().code(INTERVIEW, CodePath.of("Émotions"), List.of(find(interview, "C'est dur, mais on rit")),
                null, "Élise");
        store.segments().code(OBSERVATION, travail, List.of(find(observation, "Les soudeuses <arrivent>")),
                "vu le 14 mars", null);
        store.segments().code(OBSERVATION, CodePath.of("Pratiques"), List.of(find(observation, "On parle fort.")),
                null, "bob");
        return store;
    }

    private static int cp(CharSequence text) {
        return text.toString().codePointCount(0, text.length());
    }

    private static Span find(String text, String what) {
        int at = text.indexOf(what);
        int start = text.codePointCount(0, at);
        return new Span(start, start + what.codePointCount(0, what.length()));
    }

    /** Compares with the golden file, or rewrites it when {@code terrain.regenerate} is true. */
    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        String normalised = actual.replace("\r\n", "\n");
        if (Boolean.getBoolean("terrain.regenerate") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("terrain.regenerate")) {
                throw new AssertionError("golden file " + file + " was missing and has been written: check it");
            }
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), normalised, name);
    }
}
