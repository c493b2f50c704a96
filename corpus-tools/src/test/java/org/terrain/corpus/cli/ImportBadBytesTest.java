package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.SharedCorpus;

/**
 * A UTF-8 file with one bad byte is read as UTF-8, the byte replaced by U+FFFD, and the import says where:
 * before, the whole file was read as windows-1252 (« prÃ©sente ») and its words could not be found.
 */
class ImportBadBytesTest {
    @TempDir
    Path dir;

    /** {@code text} as UTF-8 with the byte 0xFF inserted before the code point at {@code at}. */
    private static byte[] withStrayByte(String text, int at) {
        byte[] head = text.substring(0, text.offsetByCodePoints(0, at)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(text.offsetByCodePoints(0, at)).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, out, head.length + 1, tail.length);
        return out;
    }

    @Test
    void aStrayByteIsReplacedAndReportedWithItsOffset() throws IOException {
        String text = "Le gouvernement qui se présente devant vous a été formé à la suite d’élections.\n"
                + "Il sait qu’il répond à l’attente du pays : réformes, sécurité, liberté.\n";
        int at = text.indexOf("Il sait");
        Path file = Files.write(dir.resolve("déclaration.txt"), withStrayByte(text, at));
        String expected = text.substring(0, at) + "\uFFFD" + text.substring(at);

        JsonNode imported = importJson(file);
        assertThat(imported.path("source").asText()).isEqualTo("déclaration.txt");
        assertThat(imported.path("warnings")).hasSize(1);
        JsonNode warning = imported.path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("replaced_characters");
        assertThat(warning.path("message").asText())
                .isEqualTo("déclaration.txt : un caractère illisible a été remplacé par « \uFFFD » (position " + at
                        + " dans le texte) ; le reste du fichier est lu normalement. Comparez ce passage avec le "
                        + "fichier d’origine.");
        assertThat(CliRun.of("text", project(), "déclaration.txt").out()).isEqualTo(expected);
        assertThat(CliRun.of("search", project(), "présente", "--json").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void theWarningIsOnStderrWithoutJson() throws IOException {
        String text = "Il a été décidé, à l’unanimité, que l’été serait férié. ".repeat(3);
        Path file = Files.write(dir.resolve("note.txt"), withStrayByte(text, 10));
        CliRun.of("init", project());
        CliRun run = CliRun.of("import", project(), file.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning " + file + ": note.txt: one unreadable character was replaced by "
                + "\"\uFFFD\" (text position 10)");
    }

    @Test
    void theBlumSpeechWithOneBadByteStaysUtf8() throws IOException {
        Path speech = SharedCorpus.file("corpus/discourse/blum_1936-06-06_declaration_ministerielle.txt");
        String text = Files.readString(speech, StandardCharsets.UTF_8);
        int at = text.codePointCount(0, text.indexOf("présente")) + 3; // inside the word, as a bad copy leaves it
        Path file = Files.write(dir.resolve("blum.txt"), withStrayByte(text, at));

        JsonNode imported = importJson(file);
        assertThat(imported.path("warnings").get(0).path("message").asText()).contains("blum.txt", "position " + at);
        String stored = CliRun.of("text", project(), "blum.txt").out();
        assertThat(stored).doesNotContain("Ã").contains("pré\uFFFDsente");
        assertThat(stored.codePoints().filter(c -> c == 0xFFFD).count()).isEqualTo(1);
        assertThat(CliRun.of("search", project(), "présenterons", "--json").json().path("total").asInt())
                .isPositive();
    }

    private String project() {
        return dir.resolve("p").toString();
    }

    private JsonNode importJson(Path file) {
        CliRun.of("init", project());
        CliRun run = CliRun.of("import", project(), file.toString(), "--json", "--lang", "fr");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().path("imported")).hasSize(1);
        return run.json().path("imported").get(0);
    }
}
