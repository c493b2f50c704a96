package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.SharedCorpus;

/**
 * All of ../shared/corpus imports in one command, each file with the kind of its folder; each ESLO interview
 * once, from its Transcriber file, its plain-text twin skipped as the same text.
 */
class SharedCorpusImportTest {
    @TempDir
    Path dir;

    @Test
    void everyInterviewDiscourseAndOfficeFileImportsWithTheRightKind() {
        Path corpus = SharedCorpus.file("corpus");
        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun run = CliRun.of("import", p, corpus.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.path("failed")).isEmpty();

        Map<String, String> kinds = new HashMap<>();
        report.path("imported").forEach(i -> kinds.put(i.path("path").asText(), i.path("kind").asText()));
        kinds.forEach((path, kind) -> {
            String folder = Path.of(path).getParent().getFileName().toString();
            String expected = switch (folder) {
                case "interviews" -> "interview";
                case "discourse" -> "discourse";
                default -> "other";
            };
            assertThat(kind).as(path).isEqualTo(expected);
        });
        assertThat(kinds.keySet().stream().filter(k -> k.contains("/interviews/")))
                .hasSize(4).allSatisfy(path -> assertThat(path).endsWith(".trs"));
        assertThat(kinds.keySet().stream().filter(k -> k.contains("/discourse/"))).hasSize(4);
        assertThat(kinds.keySet().stream().filter(k -> k.contains("/office/"))).hasSize(8);

        for (JsonNode source : CliRun.of("sources", p, "--json").json()) {
            String text = CliRun.of("text", p, source.path("name").asText()).out();
            assertThat(text).as(source.path("name").asText()).doesNotContain("\r").doesNotContain("\uFFFD");
        }
        Map<String, JsonNode> skipped = new HashMap<>();
        report.path("skipped").forEach(s -> skipped.put(Path.of(s.path("path").asText()).getFileName().toString(), s));
        for (String eslo : new String[] {"ESLO1_ENT_002_C", "ESLO1_INTPERS_414_C", "ESLO1_INTPERS_420_C",
            "ESLO1_INTPERS_421_C"}) {
            assertThat(CliRun.of("text", p, eslo + ".trs").out()).contains("ça");
            JsonNode twin = skipped.get(eslo + ".txt");
            assertThat(twin).as(eslo).isNotNull();
            assertThat(twin.path("code").asText()).isEqualTo("same_text");
            assertThat(twin.path("reason").asText()).isEqualTo("même texte que « " + eslo + ".trs »");
        }
    }
}
