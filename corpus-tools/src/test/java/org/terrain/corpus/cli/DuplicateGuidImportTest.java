package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .qdpx whose sources or codes share a GUID: the first is kept, each duplicate reported, no coding re-pointed. */
class DuplicateGuidImportTest {
    @TempDir
    Path temp;

    @Test
    void aSourceSharingTheGuidOfAnotherIsReportedAndNoCodingMovesToTheWrongSource() throws Exception {
        Path qdpx = exportOfTwoCodedSources();
        Path broken = temp.resolve("broken.qdpx");
        rewriteProject(qdpx, broken, xml -> {
            List<String> guids = sourceGuids(xml);
            assertThat(guids).hasSize(2);
            return xml.replace(guids.get(1), guids.get(0));
        });

        String q = temp.resolve("q").toString();
        CliRun.of("init", q);
        CliRun run = CliRun.of("import", q, broken.toString(), "--json", "--lang", "en");

        JsonNode json = run.json();
        assertThat(json.get("imported").findValuesAsText("source")).containsExactly("a.txt");
        assertThat(json.get("skipped").findValuesAsText("code")).contains("exchange_duplicate_source_guid");
        assertThat(json.get("skipped").toString()).contains("b.txt", "a.txt");
        JsonNode segments = CliRun.of("segments", q, "--json").json();
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).get("source").asText()).isEqualTo("a.txt");
        assertThat(segments.get(0).get("text").asText()).isEqualTo("usine");
    }

    @Test
    void aCodeSharingTheGuidOfAnotherIsReported() throws Exception {
        Path qdpx = exportOfTwoCodedSources();
        Path broken = temp.resolve("broken.qdpx");
        rewriteProject(qdpx, broken, xml -> {
            List<String> guids = codeGuids(xml);
            assertThat(guids).hasSize(2);
            return xml.replace(guids.get(1), guids.get(0));
        });

        String q = temp.resolve("q").toString();
        CliRun.of("init", q);
        JsonNode json = CliRun.of("import", q, broken.toString(), "--json", "--lang", "en").json();

        assertThat(json.get("skipped").findValuesAsText("code")).contains("exchange_duplicate_code_guid");
        assertThat(CliRun.of("codes", "list", q, "--json").json().findValuesAsText("path"))
                .containsExactlyInAnyOrder("Travail", "Risque");
    }

    private Path exportOfTwoCodedSources() throws IOException {
        String p = temp.resolve("p").toString();
        Path in = temp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Je travaille à l'usine depuis vingt ans.\n");
        Files.writeString(in.resolve("b.txt"), "La raffinerie fait peur aux voisins.\n");
        CliRun.of("init", p);
        CliRun.of("import", p, in.toString());
        CliRun.of("codes", "add", p, "Travail");
        CliRun.of("codes", "add", p, "Risque");
        assertThat(CliRun.of("code", p, "--source", "a.txt", "--code", "Travail", "--match", "usine").exit()).isZero();
        assertThat(CliRun.of("code", p, "--source", "b.txt", "--code", "Risque", "--match", "peur").exit()).isZero();
        Path qdpx = temp.resolve("out.qdpx");
        assertThat(CliRun.of("export", "qdpx", p, qdpx.toString()).exit()).isZero();
        return qdpx;
    }

    private static List<String> sourceGuids(String xml) {
        return all(Pattern.compile("<TextSource[^>]*?\\sguid=\"([^\"]+)\""), xml);
    }

    private static List<String> codeGuids(String xml) {
        return all(Pattern.compile("<Code\\s[^>]*?guid=\"([^\"]+)\""), xml);
    }

    private static List<String> all(Pattern pattern, String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void rewriteProject(Path from, Path to, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = readAll(in);
                if (entry.getName().equals("project.qde")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
