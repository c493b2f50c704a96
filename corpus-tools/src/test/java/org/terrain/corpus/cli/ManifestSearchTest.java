package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.SharedCorpus;

/**
 * The planted phrases of a generated thesis-scale corpus: per kind, {@code documents} and {@code total} equal the
 * generator's manifest exactly (300k words here; 8M words in the benchmark, docs/benchmarks.md).
 */
class ManifestSearchTest {
    @TempDir
    Path dir;

    @Test
    void plantedPhrasesAreFoundExactlyAsTheManifestCounts() throws Exception {
        Path script = SharedCorpus.file("bench/make-corpus.py");
        Path corpus = dir.resolve("corpus");
        Process make = new ProcessBuilder("python3", script.toString(), corpus.toString(), "--words", "300000")
                .redirectErrorStream(true).start();
        make.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(make.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(make.exitValue()).isZero();

        String p = dir.resolve("p").toString();
        CliRun.of("init", p);
        CliRun imported = CliRun.of("import", p, corpus.toString(), "--json");
        assertThat(imported.json().path("failed")).isEmpty();

        JsonNode manifest = new ObjectMapper().readTree(corpus.resolve("manifest.json").toFile());
        int checked = 0;
        for (Map.Entry<String, JsonNode> needle : manifest.path("needles").properties()) {
            for (Map.Entry<String, JsonNode> kind : needle.getValue().properties()) {
                CliRun run = CliRun.of("search", p, "\"" + needle.getKey() + "\"", "--kind", kind.getKey(),
                        "--limit", "0", "--json");
                assertThat(run.exit()).as(run.err()).isZero();
                String what = needle.getKey() + " in " + kind.getKey();
                assertThat(run.json().path("documents").asInt()).as(what)
                        .isEqualTo(kind.getValue().path("documents").asInt());
                assertThat(run.json().path("total").asInt()).as(what)
                        .isEqualTo(kind.getValue().path("occurrences").asInt());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(9);
    }
}
