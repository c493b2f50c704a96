package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real {@code ./terrain} launcher under the locales of cron, ssh and containers (none, an uninstalled
 * Latin-1 one, POSIX): arguments, file names and output stay UTF-8. The commands are written, as UTF-8 bytes, in
 * a shell script, as a researcher's script run by cron would be; so the test does not depend on how this JVM
 * would encode an argument, only on what the launcher and the engine do with the bytes.
 *
 * <p>It needs the engine's jar, which exists from Maven's {@code package} phase on: the pom runs this class there
 * (with {@code terrain.launcher.required=true}); in the {@code test} phase, before the jar, it skips and says so.
 */
class LauncherEncodingTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("corpus-tools/target/corpus-tools-0.1.0-SNAPSHOT.jar");
    private static final String HEADER = "Entretien réalisé à Orléans — ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "LANG=fr_FR.ISO-8859-1", "LC_ALL=POSIX"})
    void argumentsFileNamesAndOutputStayUtf8WhateverTheLocale(String locale) throws Exception {
        requireJar();
        Path folder = Files.createDirectories(dir.resolve("terrain"));
        Files.writeString(folder.resolve("Église.txt"), "Le bureau des méthodes.\n", StandardCharsets.UTF_8);
        Path project = dir.resolve("p");
        String script = String.join("\n",
                "set -u",
                "t=\"$1\"; p=\"$2\"; f=\"$3\"",
                "\"$t\" init \"$p\" > init.out 2> init.err",
                "\"$t\" import \"$p\" \"$f\" --json > import.out 2> import.err",
                "\"$t\" codes add \"$p\" \"Modernité\" > add.out 2> add.err",
                "\"$t\" memo \"$p\" --code \"Modernité\" \"Réflexion : l’usine d’Orléans\" > memo.out 2> memo.err",
                "\"$t\" edit \"$p\" --source \"Église.txt\" --range 0:0 --replace \"" + HEADER + "\""
                        + " > edit.out 2> edit.err",
                "\"$t\" codes list \"$p\" --json > codes.out 2> codes.err",
                "\"$t\" memo \"$p\" --code \"Modernité\" > memo-read.out 2> memo-read.err",
                "\"$t\" text \"$p\" \"Église.txt\" > text.out 2> text.err",
                "\"$t\" sources \"$p\" --json > sources.out 2> sources.err",
                "\"$t\" text \"$p\" \"Inconnue.txt\" > unknown.out 2> unknown.err",
                "exit 0", "");
        Files.writeString(dir.resolve("run.sh"), script, StandardCharsets.UTF_8);

        ProcessBuilder builder = new ProcessBuilder("bash", dir.resolve("run.sh").toString(),
                ROOT.resolve("terrain").toString(), project.toString(), folder.toString())
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("script.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("LANG") || name.equals("LANGUAGE") || name.startsWith("LC_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("TERRAIN_JAVA_OPTS");
        if (!locale.isEmpty()) {
            String[] pair = locale.split("=", 2);
            env.put(pair[0], pair[1]);
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the script ended").isTrue();

        String context = "locale [" + locale + "]; import stderr: " + read("import.err");
        JsonNode imported = json("import.out");
        assertThat(imported.path("imported")).as(context).hasSize(1);
        assertThat(imported.path("imported").get(0).path("source").asText()).isEqualTo("Église.txt");
        assertThat(imported.path("imported").get(0).path("path").asText()).endsWith("/terrain/Église.txt");
        assertThat(read("import.err")).as("French message on stderr, in UTF-8")
                .contains("Import : 1 importé(s), 0 ignoré(s), 0 en échec.");

        assertThat(json("codes.out").findValuesAsText("path")).as(read("add.err")).containsExactly("Modernité");
        assertThat(read("memo-read.out")).as(read("memo.err")).contains("Réflexion : l’usine d’Orléans");
        assertThat(read("text.out")).as(read("edit.err")).isEqualTo(HEADER + "Le bureau des méthodes.\n");
        assertThat(json("sources.out").findValuesAsText("name")).containsExactly("Église.txt");
        assertThat(read("unknown.err")).as("an error names the source, accents intact").contains("Inconnue.txt")
                .doesNotContain("\uFFFD").doesNotContain("?");
    }

    /** Made UTF-8 by the launcher, an English Latin-1 locale still gets its messages in English. */
    @org.junit.jupiter.api.Test
    void anEnglishLocaleKeepsEnglishMessages() throws Exception {
        requireJar();
        Files.writeString(dir.resolve("run.sh"), String.join("\n",
                "\"$1\" init \"$2\" > init.out 2> init.err",
                "\"$1\" text \"$2\" \"Église.txt\" > unknown.out 2> unknown.err", ""), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", dir.resolve("run.sh").toString(),
                ROOT.resolve("terrain").toString(), dir.resolve("p").toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("script.log").toFile());
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("LANG", "en_GB.ISO-8859-1");
        assertThat(builder.start().waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(read("unknown.err")).contains("Unknown source: \"Église.txt\"");
    }

    private void requireJar() {
        if (Files.isRegularFile(JAR)) {
            return;
        }
        String reason = "SKIPPED: " + JAR + " is not built yet (Maven's test phase comes before package); "
                + "this test runs again in the package phase";
        if (Boolean.getBoolean("terrain.launcher.required")) {
            throw new AssertionError(JAR + " is missing in the package phase, where it must exist");
        }
        System.err.println(reason);
        Assumptions.abort(reason);
    }

    private String read(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private JsonNode json(String name) throws IOException {
        String text = read(name);
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(name + " is not JSON: " + text + " / " + read(name.replace(".out", ".err")), e);
        }
    }
}
