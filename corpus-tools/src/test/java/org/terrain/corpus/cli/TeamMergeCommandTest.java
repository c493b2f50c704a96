package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.CodePointIndex;

/**
 * A team's work brought together: two copies of one project, each coded by its own coder, merged into one with
 * both coders' codings and nothing lost; merging twice changes nothing; one undo takes a merge back whole.
 */
class TeamMergeCommandTest {
    private static final String SOURCE = "entretien.txt";

    @TempDir
    Path dir;

    /** A project with one interview and two codes, copied folder and all for each coder. */
    private Path project() {
        Path p = dir.resolve("projet");
        assertThat(CliRun.of("init", p.toString()).exit()).isZero();
        Path file = Fixtures.write(dir.resolve("in"), SOURCE, Fixtures.INTERVIEW);
        assertThat(CliRun.of("import", p.toString(), file.toString(), "--kind", "interview").exit()).isZero();
        assertThat(CliRun.of("codes", "add", p.toString(), "Travail").exit()).isZero();
        assertThat(CliRun.of("codes", "add", p.toString(), "Lieux").exit()).isZero();
        return p;
    }

    private Path copy(Path project, String name) {
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(project)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(project.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return target;
    }

    private static void code(Path p, String code, String match, String coder, boolean all) {
        List<String> args = new ArrayList<>(List.of("code", p.toString(), "--source", SOURCE, "--code", code,
                "--match", match, "--coder", coder));
        if (all) {
            args.add("--all");
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** Each coding as « coder code start-end text », sorted: what "nothing lost" compares. */
    private static List<String> codings(Path p) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : CliRun.of("segments", p.toString(), "--json").json()) {
            out.add(s.path("coder").asText() + " " + s.path("code").asText() + " " + s.path("start").asInt() + "-"
                    + s.path("end").asInt() + " " + s.path("text").asText());
        }
        out.sort(null);
        return out;
    }

    private static JsonNode merge(Path p, Path other, String... more) {
        List<String> args = new ArrayList<>(List.of("merge", p.toString(), other.toString(), "--json"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        return run.json();
    }

    @Test
    void twoCopiesCodedByTwoCodersBecomeOneProjectWithBothAndNothingLost() {
        Path base = project();
        Path marie = copy(base, "marie");
        Path karim = copy(base, "karim");
        code(marie, "Travail", "usine", "Marie", true);
        code(marie, "Lieux", "Saint-Fons", "Marie", false);
        code(karim, "Travail", "usine", "Karim", true); // the same words as Marie: both codings are kept
        code(karim, "Lieux", "l’usine de Saint-Fons", "Karim", false);
        List<String> expected = new ArrayList<>(codings(marie));
        expected.addAll(codings(karim));
        expected.sort(null);
        int logBefore = CliRun.of("log", marie.toString(), "--json").json().size();

        JsonNode preview = merge(marie, karim, "--dry-run");
        assertThat(preview.path("codings_added").asInt()).isEqualTo(5);
        assertThat(codings(marie)).hasSize(5); // a dry run changes nothing

        JsonNode report = merge(marie, karim);
        assertThat(report.path("codings_added").asInt()).isEqualTo(5);
        assertThat(report.path("codes_added").asInt()).isZero();
        assertThat(report.path("sources_matched").asInt()).isEqualTo(1);
        assertThat(report.path("sources_unmatched").size()).isZero();
        assertThat(report.path("conflicts").size()).isZero();
        assertThat(codings(marie)).isEqualTo(expected);
        Map<String, Integer> coders = new TreeMap<>();
        for (JsonNode coder : CliRun.of("coders", "list", marie.toString(), "--json").json()) {
            assertThat(coder.path("id").asText()).isNotBlank();
            coders.put(coder.path("name").asText(), coder.path("segments").asInt());
        }
        assertThat(coders).containsEntry("Marie", 5).containsEntry("Karim", 5);

        JsonNode again = merge(marie, karim);
        assertThat(again.path("codings_added").asInt()).isZero();
        assertThat(again.path("codes_added").asInt()).isZero();
        assertThat(codings(marie)).isEqualTo(expected);
        assertThat(CliRun.of("log", marie.toString(), "--json").json().size()).isEqualTo(logBefore + 1);

        assertThat(CliRun.of("undo", marie.toString()).exit()).isZero(); // one undo: the whole merge
        assertThat(codings(marie)).hasSize(5).allMatch(c -> c.startsWith("Marie "));
        assertThat(codings(karim)).hasSize(5); // the other copy was only read
    }

    @Test
    void aCodeWithTheSamePathAndAnotherGuidIsReportedAndItsCodingsGoToTheCodeHere() {
        Path base = project();
        Path marie = copy(base, "marie");
        Path karim = copy(base, "karim");
        assertThat(CliRun.of("codes", "add", marie.toString(), "Émotions/Colère").exit()).isZero();
        assertThat(CliRun.of("codes", "add", karim.toString(), "Émotions/Colère").exit()).isZero();
        assertThat(CliRun.of("codes", "add", karim.toString(), "Émotions/Joie").exit()).isZero();
        code(karim, "Émotions/Colère", "changé", "Karim", true);
        code(karim, "Émotions/Joie", "oui", "Karim", false);

        JsonNode report = merge(marie, karim);

        assertThat(report.path("codes_added").asInt()).isEqualTo(1); // Joie
        List<String> conflicts = new ArrayList<>();
        report.path("conflicts").forEach(c -> conflicts.add(c.path("kind").asText() + " " + c.path("subject").asText()));
        assertThat(conflicts).containsExactlyInAnyOrder("code_guid Émotions", "code_guid Émotions/Colère");
        JsonNode codes = CliRun.of("codes", "list", marie.toString(), "--json").json();
        List<String> paths = new ArrayList<>();
        codes.forEach(c -> paths.add(c.path("path").asText()));
        assertThat(paths).filteredOn(path -> path.startsWith("Émotions"))
                .containsExactlyInAnyOrder("Émotions", "Émotions/Colère", "Émotions/Joie");
        assertThat(codings(marie)).containsExactlyInAnyOrderElementsOf(codings(karim));
    }

    @Test
    void aSourceCorrectedInOneCopyHasTheOtherCopysCodingsMovedToTheSameWords() {
        Path base = project();
        Path marie = copy(base, "marie");
        Path karim = copy(base, "karim");
        code(karim, "Travail", "usine", "Karim", true);
        code(karim, "Lieux", "ouvrières", "Karim", false);
        String text = CliRun.of("text", marie.toString(), SOURCE).out();
        CodePointIndex index = new CodePointIndex(text);
        int longtemps = index.toCodePoint(text.indexOf("longtemps"));
        int ouvrieres = index.toCodePoint(text.indexOf("les ouvrières"));
        // Marie corrects the transcript: a word added near the start, « les ouvrières » struck out at the end.
        assertThat(CliRun.of("edit", marie.toString(), "--source", SOURCE, "--range", ouvrieres + ":"
                + (ouvrieres + "les ouvrières".length()), "--replace", "").exit()).isZero();
        assertThat(CliRun.of("edit", marie.toString(), "--source", SOURCE, "--range", longtemps + ":" + longtemps,
                "--replace", "très ").exit()).isZero();

        JsonNode report = merge(marie, karim);

        assertThat(report.path("sources_matched").asInt()).isEqualTo(1);
        assertThat(report.path("sources_reanchored").toString()).contains(SOURCE);
        assertThat(report.path("codings_added").asInt()).isEqualTo(4);
        assertThat(codings(marie)).hasSize(4).allMatch(c -> c.startsWith("Karim Travail ") && c.endsWith(" usine"));
        JsonNode conflicts = report.path("conflicts");
        assertThat(conflicts.size()).isEqualTo(1);
        assertThat(conflicts.get(0).path("kind").asText()).isEqualTo("coding_lost");
        assertThat(conflicts.get(0).path("detail").asText()).startsWith("Lieux ");
    }

    @Test
    void memosComeInBesideThoseHereNeverReplacingThemAndNotTwice() {
        Path base = project();
        Path marie = copy(base, "marie");
        Path karim = copy(base, "karim");
        assertThat(CliRun.of("memo", marie.toString(), "Entretien difficile.", "--source", SOURCE, "--coder", "Marie")
                .exit()).isZero();
        assertThat(CliRun.of("memo", karim.toString(), "Martine parle de son père.", "--source", SOURCE,
                "--coder", "Karim").exit()).isZero();
        assertThat(CliRun.of("memo", karim.toString(), "Visite de l’usine avec Martine.", "--journal", "--title",
                "Visite", "--coder", "Karim").exit()).isZero();

        JsonNode report = merge(marie, karim);

        assertThat(report.path("conflicts").toString()).contains("memo_appended");
        JsonNode memos = CliRun.of("memo", marie.toString(), "--json").json();
        List<String> bodies = new ArrayList<>();
        memos.forEach(m -> bodies.add(m.path("target").asText() + ": " + m.path("body").asText()));
        assertThat(bodies).containsExactlyInAnyOrder(
                "source: Entretien difficile.\n\n— Karim :\nMartine parle de son père.",
                "journal: Visite de l’usine avec Martine.");
        merge(marie, karim);
        assertThat(CliRun.of("memo", marie.toString(), "--json").json()).isEqualTo(memos);
    }

    @Test
    void aSourceTheProjectDoesNotHaveIsListedAndItsCodingsLeftOut() {
        Path base = project();
        Path karim = copy(base, "karim");
        Path other = Fixtures.write(dir.resolve("in2"), "autre.txt", "MARTINE : une autre usine, ailleurs");
        assertThat(CliRun.of("import", karim.toString(), other.toString()).exit()).isZero();
        CliRun coded = CliRun.of("code", karim.toString(), "--source", "autre.txt", "--code", "Lieux", "--match",
                "ailleurs", "--coder", "Karim");
        assertThat(coded.exit()).as(coded.err()).isZero();

        JsonNode report = merge(base, karim);

        assertThat(report.path("sources_unmatched").toString()).isEqualTo("[\"autre.txt\"]");
        assertThat(report.path("codings_added").asInt()).isZero();
        assertThat(CliRun.of("sources", base.toString(), "--json").json().size()).isEqualTo(1);
    }

    @Test
    void aProjectIsNotMergedIntoItselfNorFromSomethingElse() {
        Path base = project();
        CliRun self = CliRun.of("merge", base.toString(), base.toString(), "--json");
        assertThat(self.exit()).isEqualTo(2);
        assertThat(self.json().path("error").path("code").asText()).isEqualTo("merge_same_project");
        CliRun other = CliRun.of("merge", base.toString(), dir.resolve("in").resolve(SOURCE).toString());
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains(SOURCE);
    }

    @Test
    void renamingACoderLosesNothingAndUndoGivesTheNameBack() {
        Path base = project();
        code(base, "Travail", "usine", "Karim", true);
        JsonNode before = CliRun.of("coders", "list", base.toString(), "--json").json();
        String id = null;
        for (JsonNode coder : before) {
            if (coder.path("name").asText().equals("Karim")) {
                id = coder.path("id").asText();
            }
        }
        assertThat(id).isNotNull();
        CliRun renamed = CliRun.of("coders", "rename", base.toString(), id, "--name", "Karim Benali");
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(codings(base)).hasSize(4).allMatch(c -> c.startsWith("Karim Benali Travail "));
        assertThat(CliRun.of("undo", base.toString()).exit()).isZero();
        assertThat(codings(base)).hasSize(4).allMatch(c -> c.startsWith("Karim Travail "));
        CliRun unknown = CliRun.of("coders", "rename", base.toString(), "personne", "--name", "X");
        assertThat(unknown.exit()).isEqualTo(2);
    }

    @Test
    void reimportingThisProjectsOwnExportIsRefusedAndOffersTheMerge() {
        Path base = project();
        code(base, "Travail", "usine", "Marie", true);
        Path qdpx = dir.resolve("export.qdpx");
        assertThat(CliRun.of("export", "qdpx", base.toString(), qdpx.toString()).exit()).isZero();

        CliRun imported = CliRun.of("import", base.toString(), qdpx.toString(), "--lang", "en");

        assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(1);
        assertThat(imported.err()).contains("export.qdpx").contains("terrain merge");
        assertThat(CliRun.of("sources", base.toString(), "--json").json().size()).isEqualTo(1);
        assertThat(codings(base)).hasSize(4);
        JsonNode merged = merge(base, qdpx); // what the message offers: nothing to add, nothing doubled
        assertThat(merged.path("codings_added").asInt()).isZero();
        assertThat(merged.path("sources_matched").asInt()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- QualCoder's export (qc 1.3.2)

    private static final String QC = "interop/refi-qda/samples/qc-1.3.2_demo.qdpx";

    /** A project holding the texts of the sample's two sources, imported as plain files, nothing coded. */
    private Path projectOfTheSample(Map<String, byte[]> entries) throws IOException {
        Path p = dir.resolve("équipe");
        assertThat(CliRun.of("init", p.toString()).exit()).isZero();
        Path in = Files.createDirectories(dir.resolve("qc-sources"));
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("sources/")) {
                Files.write(in.resolve(entry.getKey().substring("sources/".length())), entry.getValue());
            }
        }
        CliRun imported = CliRun.of("import", p.toString(), in.toString(), "--kind", "other");
        assertThat(imported.exit()).as(imported.err()).isZero();
        return p;
    }

    @Test
    void aQualCoderExportsCodingsComeUnderItsCoder() throws IOException {
        Path sample = SharedCorpus.file(QC);
        Path p = projectOfTheSample(unzip(sample));

        JsonNode report = merge(p, sample);

        assertThat(report.path("sources_matched").asInt()).isEqualTo(2);
        assertThat(report.path("codings_added").asInt()).isPositive();
        assertThat(report.path("codes_added").asInt()).isPositive();
        assertThat(CliRun.of("coders", "list", p.toString(), "--json").json().toString()).contains("\"cp\"");
        assertThat(codings(p)).hasSize(report.path("codings_added").asInt()).allMatch(c -> c.startsWith("cp "));
        assertThat(merge(p, sample).path("codings_added").asInt()).isZero();
    }

    @Test
    void aQdpxWithoutCodersHasItsCodingsNamedByCoder() throws IOException {
        Map<String, byte[]> entries = unzip(SharedCorpus.file(QC));
        Path p = projectOfTheSample(entries);
        // As QualCoder and NVivo may write it: no Users, no creatingUser on a coding.
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<Users>.*?</Users>", "").replaceAll(" creatingUser=\"[^\"]*\"", "");
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        Path anonymous = zip(entries, dir.resolve("sans-codeurs.qdpx"));

        JsonNode without = merge(p, anonymous, "--dry-run");
        assertThat(without.path("conflicts").toString()).contains("no_coder");

        JsonNode report = merge(p, anonymous, "--coder", "Léa");
        int added = report.path("codings_added").asInt();
        assertThat(added).isPositive();
        assertThat(report.path("conflicts").toString()).doesNotContain("no_coder");
        assertThat(codings(p)).hasSize(added).allMatch(c -> c.startsWith("Léa "));
        assertThat(merge(p, anonymous, "--coder", "Léa").path("codings_added").asInt()).isZero();
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static Path zip(Map<String, byte[]> entries, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return Files.write(file, bytes.toByteArray());
    }
}
