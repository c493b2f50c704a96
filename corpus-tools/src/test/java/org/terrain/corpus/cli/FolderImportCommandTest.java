package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.TranscriptTwins;

/**
 * What a new user meets importing a folder: a transcript and its text twin make one source, said in the JSON;
 * {@code terrain undo} takes the whole folder back in one step, {@code redo} brings it again, and
 * {@code terrain log} shows the import as one line.
 */
class FolderImportCommandTest {
    @TempDir
    Path dir;

    private String project() {
        String p = dir.resolve("p").toString();
        assertThat(CliRun.of("init", p).exit()).isZero();
        return p;
    }

    private static List<String> sourceNames(String project) {
        List<String> names = new ArrayList<>();
        CliRun.of("sources", project, "--json").json().forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    @Test
    void aTranscriptAndItsTextTwinInOneFolderAreOneSourceAndTheJsonSaysWhichWasSkipped() {
        String p = project();
        Path folder = dir.resolve("entretiens");
        TranscriptTwins.writeTrs(folder);
        TranscriptTwins.writeTxt(folder, "martine.txt");

        CliRun run = CliRun.of("import", p, folder.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.path("imported")).singleElement()
                .satisfies(i -> assertThat(i.path("source").asText()).isEqualTo("martine.trs"));
        assertThat(report.path("skipped")).singleElement().satisfies(s -> {
            assertThat(s.path("path").asText()).isEqualTo(folder.resolve("martine.txt").toString());
            assertThat(s.path("reason").asText()).isEqualTo("même texte que « martine.trs »");
            assertThat(s.path("code").asText()).isEqualTo("same_text");
        });
        assertThat(run.err()).contains("martine.txt").contains("même texte que « martine.trs »");
        assertThat(sourceNames(p)).containsExactly("martine.trs");

        CliRun english = CliRun.of("import", p, TranscriptTwins.writeTxt(dir.resolve("plus"), "copie.txt").toString(),
                "--json", "--lang", "en");
        assertThat(english.json().path("skipped").get(0).path("reason").asText())
                .isEqualTo("same text as \"martine.trs\"");
    }

    @Test
    void undoAfterAFolderImportTakesTheWholeFolderBackAndRedoBringsItAgain() {
        String p = project();
        Path folder = dir.resolve("entretiens");
        for (String name : List.of("paul", "martine", "rachid")) {
            Fixtures.write(folder, name + ".txt", "[00:00:02] ENQ : et vous, " + name + " ?\n[00:00:04] "
                    + name.toUpperCase() + " : à l’usine depuis toujours\n");
        }
        assertThat(CliRun.of("import", p, folder.toString()).exit()).isZero();

        CliRun undo = CliRun.of("undo", p);

        assertThat(undo.exit()).as(undo.err()).isZero();
        assertThat(sourceNames(p)).isEmpty();
        CliRun nothing = CliRun.of("undo", p);
        assertThat(nothing.exit()).as("the three files were one action").isEqualTo(1);
        assertThat(nothing.err()).contains("Rien à annuler");

        CliRun redo = CliRun.of("redo", p, "--json");
        assertThat(redo.exit()).as(redo.err()).isZero();
        assertThat(redo.json().path("entries").asInt()).isEqualTo(3);
        assertThat(sourceNames(p)).containsExactlyInAnyOrder("paul.txt", "martine.txt", "rachid.txt");

        List<String> lines = CliRun.of("log", p).out().lines().toList();
        assertThat(lines).as("the import, its undo and its redo: one line each").hasSize(3);
        assertThat(lines.get(0)).startsWith("1-3\t").contains("\timport (annulé)\t")
                .contains("import de « martine.txt » et 2 de plus, en une action");
        assertThat(lines.get(1)).startsWith("4-6\t").contains("\tundo (annulé)\t");
        assertThat(lines.get(2)).startsWith("7-9\t").contains("\tredo\t");
        JsonNode entries = CliRun.of("log", p, "--json").json();
        assertThat(entries).hasSize(9);
        assertThat(entries.get(0).path("batch").asLong()).isEqualTo(1);
        assertThat(entries.get(2).path("batch").asLong()).isEqualTo(1);
        assertThat(entries.get(3).path("batch").asLong()).isEqualTo(4);
        assertThat(CliRun.of("log", p, "--limit", "1").out().lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("7-9\t"));
    }
}
