package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.CodePointIndex;

/** The walk-through: init, import, codes add, code --match --all, segments, text. */
class CodingWorkflowTest {
    @TempDir
    Path dir;

    private void codeEveryOccurrence(Path file, String word, int expected) {
        String p = dir.resolve("p").toString();
        assertThat(CliRun.of("init", p).exit()).isZero();
        CliRun imported = CliRun.of("import", p, file.toString(), "--kind", "interview", "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        String source = imported.json().path("imported").get(0).path("source").asText();
        assertThat(CliRun.of("codes", "add", p, "Pratiques/Travail à l'usine").exit()).isZero();
        CliRun coded = CliRun.of("code", p, "--source", source, "--code", "Pratiques/Travail à l'usine",
                "--match", word, "--all");
        assertThat(coded.exit()).as(coded.err()).isZero();

        String text = CliRun.of("text", p, source).out();
        JsonNode segments = CliRun.of("segments", p, "--json").json();
        int occurrences = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            occurrences++;
        }
        assertThat(segments.size()).isEqualTo(occurrences).isEqualTo(expected);
        CodePointIndex index = new CodePointIndex(text);
        for (JsonNode segment : segments) {
            assertThat(index.substring(segment.path("start").asInt(), segment.path("end").asInt()))
                    .isEqualTo(segment.path("text").asText()).isEqualTo(word);
            assertThat(segment.path("code").asText()).isEqualTo("Pratiques/Travail à l'usine");
            assertThat(segment.has("coder") && segment.has("memo") && segment.has("source")).isTrue();
        }
        // Idempotent: the same command again adds nothing.
        CliRun.of("code", p, "--source", source, "--code", "Pratiques/Travail à l'usine", "--match", word, "--all");
        assertThat(CliRun.of("segments", p, "--json").json().size()).isEqualTo(expected);
        assertThat(CliRun.of("codes", "list", p, "--json").json().get(1).path("segments").asInt()).isEqualTo(expected);
    }

    @Test
    void onTheEsloInterview() {
        codeEveryOccurrence(SharedCorpus.file("corpus/interviews/ESLO1_INTPERS_421_C.txt"), "usine", 58);
    }

    @Test
    void onOurOwnFixtureWithEmoji() {
        codeEveryOccurrence(Fixtures.write(dir.resolve("in"), "entretien.txt", Fixtures.INTERVIEW), "usine", 4);
    }

    @Test
    void importReportsKindTurnsSpeakersAndSkipsDuplicates() {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path file = Fixtures.write(dir.resolve("in"), "entretien.txt", Fixtures.INTERVIEW);
        JsonNode report = CliRun.of("import", p, file.toString(), "--json").json();
        JsonNode row = report.path("imported").get(0);
        assertThat(row.path("kind").asText()).isEqualTo("interview");
        assertThat(row.path("turns").asInt()).isEqualTo(4);
        assertThat(row.path("speakers").toString()).isEqualTo("[\"ENQ\",\"MARTINE\"]");
        assertThat(row.path("words").asInt()).isEqualTo(26);

        Path copy = Fixtures.write(dir.resolve("in2"), "entretien.txt", Fixtures.INTERVIEW);
        CliRun again = CliRun.of("import", p, copy.toString(), "--json");
        assertThat(again.exit()).isZero();
        assertThat(again.json().path("skipped").get(0).path("path").asText()).isEqualTo(copy.toString());

        Path other = Fixtures.write(dir.resolve("in3"), "entretien.txt", Fixtures.INTERVIEW + "\nfin");
        assertThat(CliRun.of("import", p, other.toString(), "--json").json().path("imported").get(0)
                .path("source").asText()).isEqualTo("entretien.txt (2)");

        JsonNode sources = CliRun.of("sources", p, "--json").json();
        assertThat(sources.get(0).path("interviewers").toString()).isEqualTo("[\"ENQ\"]");
    }

    @Test
    void aBatchGoesOnPastBadFilesAndExitsOne() {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        Path folder = dir.resolve("batch");
        Fixtures.write(folder, "a.txt", "Une note d’observation.");
        Fixtures.write(folder, "vide.txt", "");
        Fixtures.write(folder, "photo.jpg", "not really");
        Fixtures.write(folder, "b.md", "# Titre\n\nUn article.");
        byte[] docx = org.terrain.corpus.testing.OfficeFixtures.docx("t", "a", "Un texte. ".repeat(100));
        write(folder.resolve("tronque.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        write(folder.resolve("protege.pdf"), org.terrain.corpus.testing.OfficeFixtures.pdf("motdepasse", "Texte"));
        Fixtures.write(folder, "menteur.docx", "du texte, pas un document Word");
        CliRun run = CliRun.of("import", p, folder.toString(), "--kind", "observation", "--json", "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = run.json();
        assertThat(report.path("imported")).hasSize(2);
        assertThat(report.path("failed")).hasSize(4);
        assertThat(report.path("failed").toString()).contains("password protected").contains("damaged or truncated")
                .contains("the name says Word (.docx), but the content is text/plain");
        JsonNode empty = java.util.stream.StreamSupport.stream(report.path("failed").spliterator(), false)
                .filter(f -> f.path("path").asText().endsWith("vide.txt")).findFirst().orElseThrow();
        assertThat(empty.path("error").asText()).contains("vide.txt").contains("empty");
        assertThat(report.path("skipped").get(0).path("path").asText()).endsWith("photo.jpg");
        assertThat(CliRun.of("sources", p, "--json").json()).hasSize(2);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            java.nio.file.Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void speakersCanBeMarkedAsInterviewer() {
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun.of("import", p, Fixtures.write(dir.resolve("in"), "e.txt", "PB : bonjour\nX : oui\nPB : merci").toString());
        assertThat(CliRun.of("speakers", p, "--interviewer", "PB").exit()).isZero();
        assertThat(CliRun.of("sources", p, "--json").json().get(0).path("interviewers").toString())
                .isEqualTo("[\"PB\"]");
        assertThat(CliRun.of("speakers", p, "--source", "nope", "--interviewer", "PB").exit()).isEqualTo(1);
    }
}
