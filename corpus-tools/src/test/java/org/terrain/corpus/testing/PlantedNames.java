package org.terrain.corpus.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.NameFold;

/**
 * A project with real names planted everywhere a name can hide — first names, compound first names, surnames,
 * firms, places, hyphenated, in capitals, without accents, after d'/de/l'/qu'/jusqu' — in texts, speaker labels,
 * file and source names, a case and its attributes, codes and their definitions, coded segments and their memos,
 * memos and the journal; with its pseudonym table. And a scan of written files of our own (not the leak check's):
 * every file and zip entry, its name and its text with tags taken out and entities decoded.
 */
public final class PlantedNames {
    public static final String FILE = "entretien-martine-saint-fons.txt";
    public static final String NOTES = "notes-venissieux.txt";
    public static final String INTERVIEW = """
            [00:00:02] ENQ : vous connaissez Marie-Claire Dupuis ? Et Marie ?
            [00:00:05] MARTINE : oui, la sœur d'Hélène, elle travaille chez SNCF à Saint-Fons avec Karim et MARIE-CLAIRE.
            [00:00:11] ENQ : et de Martine, qu'en dit helene ? Jusqu'Hélène, à Venissieux…
            [00:00:14] MARTINE : Martine Dupuis ? Chez Rhodia-Chimie, l'ancienne.
            """;
    public static final String OBSERVATION = "Observation à Vénissieux : Karim passe chez SNCF.\n";
    public static final CodePath CODE = CodePath.of("Parcours de Martine");
    /** The originals every pseudonymised export must be free of. */
    public static final List<String> ORIGINALS = List.of("Martine", "Marie-Claire", "Marie", "Dupuis", "Hélène",
            "Karim", "SNCF", "Saint-Fons", "Vénissieux", "Rhodia-Chimie");

    private PlantedNames() {
    }

    /** The project, created in {@code folder} ({@code incoming} beside it holds the imported files). */
    public static void create(Path folder, Path incoming) {
        try (ProjectStore store = ProjectStore.create(folder, "Thèse Martine", "test")) {
            Fixtures.importText(store, incoming, FILE, INTERVIEW, SourceKind.INTERVIEW, "Martine",
                    Map.of("quartier", "Saint-Fons", "employeur", "SNCF"), TurnMode.ON);
            Fixtures.importText(store, incoming, NOTES, OBSERVATION, SourceKind.OBSERVATION);
            store.codes().add(CODE, null, "Karim et Hélène");
            String text = store.sources().get(FILE).text();
            store.segments().code(FILE, CODE, List.of(span(text, "Marie-Claire Dupuis"),
                    span(text, "chez SNCF à Saint-Fons"), span(text, "la sœur d'Hélène")), "d'Hélène", "Élise");
            store.segments().code(NOTES, CODE, List.of(span(store.sources().get(NOTES).text(), "Karim passe")),
                    null, "Élise");
            store.memos().setOnSource(FILE, "MARTINE hésite ; Vénissieux");
            store.memos().setOnProject("Terrain à Saint-Fons");
            store.memos().setOnCode(CODE, "le code de Martine");
            store.memos().addJournalEntry(Instant.parse("2026-03-16T09:00:00Z"), "Visite à Saint-Fons",
                    "Rencontré Karim Dupuis chez Rhodia-Chimie.");
            table(store);
        }
    }

    private static void table(ProjectStore store) {
        PseudonymCategory person = PseudonymCategory.PERSON;
        store.pseudonyms().put("Martine", "Odile", person, null);
        store.pseudonyms().put("Martine Dupuis", "Jeanne Roux", person, null);
        store.pseudonyms().put("Marie-Claire", "Sophie", person, null);
        store.pseudonyms().put("Marie", "Anne", person, null);
        store.pseudonyms().put("Dupuis", "Morel", person, null);
        store.pseudonyms().put("Hélène", "Claire", person, null);
        store.pseudonyms().put("Karim", "Nabil", person, "Martine");
        store.pseudonyms().put("SNCF", "Entreprise A", PseudonymCategory.ORGANISATION, null);
        store.pseudonyms().put("Rhodia-Chimie", "Entreprise B", PseudonymCategory.ORGANISATION, null);
        store.pseudonyms().put("Saint-Fons", "Commune B", PseudonymCategory.PLACE, null);
        store.pseudonyms().put("Vénissieux", "Commune C", PseudonymCategory.PLACE, null);
    }

    /** The code points of {@code words}' first occurrence. */
    public static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException(words + " not in the text");
        }
        int start = text.codePointCount(0, at);
        return new Span(start, start + words.codePointCount(0, words.length()));
    }

    /** Every original of {@code originals} found in {@code path} (a file, or a folder's files), as {@code where: name}. */
    public static List<String> scan(Path path, List<String> originals) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files = Files.isDirectory(path) ? Files.walk(path).filter(Files::isRegularFile).toList()
                : List.of(path);
        for (Path file : files) {
            scanBytes(file.getFileName().toString(), Files.readAllBytes(file), originals, found);
        }
        return found;
    }

    private static void scanBytes(String where, byte[] bytes, List<String> originals, List<String> found)
            throws IOException {
        if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    scanText(where + "!" + entry.getName() + " (name)", entry.getName(), originals, found);
                    scanBytes(where + "!" + entry.getName(), readAll(zip), originals, found);
                }
            }
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        scanText(where, text, originals, found);
        if (text.indexOf('<') >= 0) {
            scanText(where + " (tags out)", decode(text.replaceAll("<[^>]*>", "")), originals, found);
            scanText(where + " (tags as spaces)", decode(text.replaceAll("<[^>]*>", " ")), originals, found);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private static String decode(String xml) {
        Matcher m = NUMERIC.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(cp)));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static void scanText(String where, String text, List<String> originals, List<String> found) {
        String readable = text.replace('_', ' '); // Iramuteq's variables: *case_martine
        for (String original : originals) {
            if (NameFold.containsWord(readable, original)) {
                found.add(where + ": " + original);
            }
        }
    }
}
