package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrain.corpus.testing.ChildJvm;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.LockHolder;

/**
 * A researcher scripts searches while the app has the project open: the commands that only read run beside
 * the process holding the project (WAL lets readers run beside one writer); the ones that change it are still
 * refused, naming the holder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingBesideTheAppTest {
    private static final String ARTICLE = "L’usine du futur. Les ouvriers de la chimie parlent de l’usine.";

    @TempDir
    static Path dir;
    private String project;
    private ChildJvm holder;
    private String searchWithoutHolder;

    @BeforeAll
    void projectHeldByAnotherProcess() throws Exception {
        project = dir.resolve("p").toString();
        Path corpus = dir.resolve("corpus");
        Fixtures.write(corpus, "entretien.txt", Fixtures.INTERVIEW);
        Fixtures.write(corpus, "article.txt", ARTICLE);
        Files.createDirectories(dir.resolve("OUT"));
        succeeds("init", project);
        succeeds("import", project, corpus.resolve("entretien.txt").toString(), "--kind", "interview");
        succeeds("import", project, corpus.resolve("article.txt").toString(), "--kind", "discourse");
        succeeds("codes", "add", project, "Pratiques");
        succeeds("code", project, "--source", "entretien.txt", "--code", "Pratiques", "--match", "usine", "--all");
        succeeds("memo", project, "--project", "Terrain à Saint-Fons.");
        searchWithoutHolder = succeeds("search", project, "usine", "--json").out();

        holder = ChildJvm.start(LockHolder.class, project);
        holder.awaitStderr(line -> line.startsWith("READY"), Duration.ofSeconds(60));
    }

    @AfterAll
    void release() throws Exception {
        if (holder != null) {
            holder.close();
        }
    }

    Stream<List<String>> readingCommands() {
        return Stream.of(
                List.of("sources", "P", "--json"),
                List.of("text", "P", "entretien.txt"),
                List.of("segments", "P", "--json"),
                List.of("search", "P", "ouvrier", "--json"),
                List.of("check", "P"),
                List.of("check", "P", "--full"),
                List.of("codes", "list", "P", "--json"),
                List.of("sets", "P", "--json"),
                List.of("log", "P", "--json"),
                List.of("memo", "P", "--json"),
                List.of("memo", "P", "--search", "Saint-Fons", "--json"),
                List.of("cases", "P", "--json"),
                List.of("speakers", "P", "--json"),
                List.of("code-table", "P", "--json"),
                List.of("cooccurrence", "P", "--json"),
                List.of("contrast", "P", "--a", "kind=interview", "--b", "kind=discourse", "--json"),
                List.of("concordance", "P", "--a", "kind=interview", "--b", "kind=discourse", "--term", "usine",
                        "--json"),
                List.of("export", "segments", "P", "OUT/segments.csv"),
                List.of("export", "qdpx", "P", "OUT/projet.qdpx"),
                List.of("export", "report", "P", "OUT/rapport.html"),
                List.of("export", "memos", "P", "OUT/memos.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readingCommands")
    void aReadingCommandRunsBesideTheHolder(List<String> command) {
        CliRun run = run(command);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void aSearchBesideTheHolderFindsWhatItFindsWithoutIt() {
        assertThat(succeeds("search", project, "usine", "--json").json())
                .isEqualTo(CliRun.of("search", project, "usine", "--json").json())
                .isEqualTo(json(searchWithoutHolder));
    }

    Stream<List<String>> writingCommands() {
        return Stream.of(
                List.of("code", "P", "--source", "entretien.txt", "--code", "Pratiques", "--match", "longtemps"),
                List.of("codes", "add", "P", "Discours"),
                List.of("import", "P", "corpus/article.txt"),
                List.of("edit", "P", "--source", "article.txt", "--range", "0:1", "--replace", "l"),
                List.of("undo", "P"),
                List.of("memo", "P", "--project", "Autre chose."),
                List.of("cases", "P", "--assign", "entretien.txt=Usine A"),
                List.of("speakers", "P", "--interviewer", "MARTINE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writingCommands")
    void aWritingCommandIsStillRefusedNamingTheHolder(List<String> command) {
        List<String> withJson = new ArrayList<>(command);
        withJson.addAll(List.of("--json", "--lang", "en"));
        CliRun refused = run(withJson);
        assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
        assertThat(refused.json().path("error").path("code").asText()).isEqualTo("project_locked");
        assertThat(refused.json().path("error").path("message").asText()).contains("pid " + holder.pid());
    }

    @Test
    void aReaderSeesWhatTheHolderCommittedAndSearchesItThoughTheIndexIsBehind() throws Exception {
        String q = dir.resolve("q").toString();
        Path added = Fixtures.write(dir.resolve("later"), "nouveau.txt",
                "[00:00:01] ENQ : et le zinzolin ?\n[00:00:04] PAUL : le zinzolin de l’usine, une couleur.\n");
        succeeds("init", q);
        succeeds("import", q, Fixtures.write(dir.resolve("first"), "entretien.txt", Fixtures.INTERVIEW).toString());
        succeeds("codes", "add", q, "Couleurs");
        succeeds("search", q, "usine"); // the index on disk, current for now
        List<String> indexFiles = indexFiles(q);

        JsonNode whileHeld;
        JsonNode inCodeWhileHeld;
        try (ChildJvm writer = ChildJvm.start(LockHolder.class, q)) {
            writer.awaitStderr(line -> line.startsWith("READY"), Duration.ofSeconds(60));
            assertThat(succeeds("sources", q, "--json").json()).hasSize(1);
            assertThat(succeeds("search", q, "zinzolin", "--json").json().path("total").asInt()).isZero();

            writer.send("import\t" + added);
            writer.awaitStderr(line -> line.startsWith("DONE import"), Duration.ofSeconds(60));
            assertThat(succeeds("sources", q, "--json").json()).extracting(s -> s.path("name").asText())
                    .containsExactlyInAnyOrder("entretien.txt", "nouveau.txt");
            CliRun search = succeeds("search", q, "zinzolin", "--json", "--lang", "en");
            assertThat(search.json().path("total").asInt()).as("the index on disk is behind: built in memory")
                    .isEqualTo(2);
            assertThat(search.err()).contains("in memory");
            whileHeld = succeeds("search", q, "usine", "--json").json();

            writer.send("code\tnouveau.txt\tCouleurs\t23:31");
            writer.awaitStderr(line -> line.startsWith("DONE code"), Duration.ofSeconds(60));
            assertThat(succeeds("segments", q, "--json").json()).extracting(s -> s.path("text").asText())
                    .containsExactly("zinzolin");
            inCodeWhileHeld = succeeds("search", q, "zinzolin", "--code", "Couleurs", "--json").json();
            assertThat(inCodeWhileHeld.path("total").asInt()).isEqualTo(1);
            assertThat(indexFiles(q)).as("readers never write the index on disk").isEqualTo(indexFiles);
            writer.kill();
        }
        // The holder was killed: its last changes are in the WAL, which the next commands read as well. The first
        // search, the project free, brings the index on disk up to date, and finds what the reader found in memory.
        assertThat(succeeds("sources", q, "--json").json()).hasSize(2);
        assertThat(succeeds("search", q, "zinzolin", "--code", "Couleurs", "--json").json()).isEqualTo(inCodeWhileHeld);
        assertThat(indexFiles(q)).isNotEqualTo(indexFiles);
        CliRun fromDisk = succeeds("search", q, "usine", "--json", "--lang", "en");
        assertThat(fromDisk.json()).isEqualTo(whileHeld);
        assertThat(fromDisk.err()).doesNotContain("in memory");
    }

    private static List<String> indexFiles(String project) throws java.io.IOException {
        try (Stream<Path> files = Files.list(Path.of(project, "index"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The command with P standing for the project and relative paths inside the test folder. */
    private CliRun run(List<String> command) {
        return CliRun.of(command.stream()
                .map(word -> word.equals("P") ? project
                        : word.startsWith("OUT/") || word.startsWith("corpus/") ? dir.resolve(word).toString()
                        : word)
                .toArray(String[]::new));
    }

    private static CliRun succeeds(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    private static JsonNode json(String text) {
        return new CliRun(0, text, "").json();
    }
}
