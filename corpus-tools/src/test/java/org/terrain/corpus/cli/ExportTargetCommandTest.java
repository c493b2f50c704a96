package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrain.corpus.testing.Fixtures;

/**
 * Where an export may write: never into the project folder (database, its WAL, backups, lock, originals, index),
 * never onto what is not a regular file (a folder, a FIFO), whichever way the path gets there ({@code ..}, a
 * symbolic link); a refusal is one sentence and exit 2, a failed write one sentence and exit 1; a normal export
 * has the permissions of any new file of the user, and a re-export keeps those of the file it replaces.
 */
class ExportTargetCommandTest {
    /** Every export subcommand with an extension it accepts. */
    private static final List<String[]> FORMATS = List.of(
            new String[] {"qdpx", "qdpx"}, new String[] {"codebook", "qdc"}, new String[] {"segments", "csv"},
            new String[] {"xlsx", "xlsx"}, new String[] {"quotations", "docx"}, new String[] {"report", "html"},
            new String[] {"iramuteq", "txt"}, new String[] {"tei", "xml"}, new String[] {"journal", "md"},
            new String[] {"memos", "html"}, new String[] {"codebook-log", "md"});
    /** The formats whose file name may end any way: they can aim at the project's own files by name. */
    private static final List<String> ANY_NAME = List.of("qdpx", "codebook", "segments", "xlsx", "report", "iramuteq",
            "tei");

    @TempDir
    static Path shared;
    private static Path template;
    private static String segmentsBefore;
    private static String codesBefore;

    @TempDir
    Path temp;
    private Path project;

    @BeforeAll
    static void templateProject() {
        template = shared.resolve("p");
        String p = template.toString();
        assertThat(CliRun.of("init", p).exit()).isZero();
        Path interview = Fixtures.write(shared.resolve("in"), "entretien.txt", Fixtures.INTERVIEW);
        assertThat(CliRun.of("import", p, interview.toString(), "--kind", "interview").exit()).isZero();
        assertThat(CliRun.of("codes", "add", p, "Lieux/Usine").exit()).isZero();
        assertThat(CliRun.of("code", p, "--source", "entretien.txt", "--code", "Lieux/Usine", "--match", "usine",
                "--all").exit()).isZero();
        assertThat(CliRun.of("backup", p).exit()).isZero();
        segmentsBefore = CliRun.of("segments", p, "--json").out();
        codesBefore = CliRun.of("codes", "list", p, "--json").out();
        assertThat(segmentsBefore).contains("usine");
    }

    /** Each test on its own copy of the project, so that a damage never leaks into the next one. */
    @BeforeEach
    void copy() throws IOException {
        project = temp.resolve("p");
        try (Stream<Path> files = Files.walk(template)) {
            for (Path from : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = project.resolve(template.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.createDirectories(temp.resolve("ailleurs"));
        Files.createSymbolicLink(temp.resolve("lien"), project);
    }

    static Stream<Arguments> projectFiles() {
        List<String> targets = List.of("P/terrain.sqlite", "P/terrain.sqlite-wal", "P/backups/BACKUP", "P/terrain.lock",
                "P/originals", "P/index", "T/ailleurs/../p/terrain.sqlite", "T/lien/terrain.sqlite",
                "T/raccourci.csv -> P/terrain.sqlite", "T/lien/backups/BACKUP");
        List<Arguments> out = new ArrayList<>();
        for (String format : ANY_NAME) {
            for (String target : targets) {
                out.add(Arguments.of(format, target));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} onto {1}")
    @MethodSource("projectFiles")
    void anExportOntoTheProjectsOwnFilesIsRefusedAndTheProjectIsUnchanged(String format, String target)
            throws Exception {
        Path backup = onlyBackup();
        byte[] backupBytes = Files.readAllBytes(backup);
        Path out = place(target.replace("BACKUP", backup.getFileName().toString()));
        Object before = identity(out);

        CliRun run = CliRun.of("export", format, project.toString(), out.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("export_inside_project");
        assertThat(run.json().path("error").path("message").asText()).contains(out.getFileName().toString());
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(identity(out)).as("the target itself is untouched").isEqualTo(before);
        assertThat(Files.readAllBytes(backup)).isEqualTo(backupBytes);
        assertUnchanged();
    }

    static Stream<Arguments> newFilesInTheProject() {
        List<Arguments> out = new ArrayList<>();
        for (String[] format : FORMATS) {
            for (String target : List.of("P/export.", "P/backups/export.", "P/originals/export.",
                    "T/ailleurs/../p/export.", "T/lien/export.", "T/absent/../p/index/export.")) {
                out.add(Arguments.of(format[0], target + format[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("newFilesInTheProject")
    void anExportToANewFileInsideTheProjectIsRefusedAndWritesNothing(String format, String target) throws Exception {
        Path out = place(target);
        List<String> before = listing(project);

        CliRun run = CliRun.of("export", format, project.toString(), out.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.json().path("error").path("code").asText()).isEqualTo("export_inside_project");
        assertThat(listing(project)).as("nothing written in the project").isEqualTo(before);
        assertThat(temp.resolve("absent")).doesNotExist();
        assertUnchanged();
    }

    static Stream<Arguments> everyFormat() {
        return FORMATS.stream().map(format -> Arguments.of(format[0], format[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFormat")
    void aFifoOrAFolderIsNoExportTargetEvenThroughALink(String format, String extension) throws Exception {
        Path fifo = temp.resolve("tube." + extension);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Path folder = Files.createDirectories(temp.resolve("dossier." + extension));
        Path link = Files.createSymbolicLink(temp.resolve("lien-tube." + extension), fifo);

        for (Path out : List.of(fifo, folder, link)) {
            CliRun run = CliRun.of("export", format, project.toString(), out.toString(), "--json");

            assertThat(run.exit()).as(out + ": " + run.err()).isEqualTo(2);
            assertThat(run.json().path("error").path("code").asText()).isEqualTo("export_not_a_file");
            assertThat(run.json().path("error").path("message").asText()).contains(out.getFileName().toString());
        }
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .as("still a FIFO").isTrue();
        assertThat(folder).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(listing(temp)).allSatisfy(name -> assertThat(name).doesNotEndWith(".part"));
    }

    @Test
    void aFailedWriteIsOneSentenceNamingTheFileExitOneAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("notes.txt"), "mes notes");
        Path out = notAFolder.resolve("segments.csv");

        CliRun run = CliRun.of("export", "segments", project.toString(), out.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode error = run.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("export_failed");
        assertThat(error.path("message").asText()).contains(out.toString());
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(notAFolder)).isEqualTo("mes notes");
        assertThat(listing(temp)).allSatisfy(name -> assertThat(name).doesNotEndWith(".part"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFormat")
    void aNewExportHasTheUsersDefaultPermissionsAndAReExportKeepsThoseOfTheFileItReplaces(String format,
            String extension) throws Exception {
        Path out = temp.resolve("ailleurs/export." + extension);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(temp.resolve("témoin")));

        assertThat(CliRun.of("export", format, project.toString(), out.toString()).exit()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(usual);

        Files.writeString(out, "ancienne version");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        CliRun again = CliRun.of("export", format, project.toString(), out.toString(), "--json");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.json().path("file").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(Files.size(out)).isPositive();
        assertThat(Files.readAllBytes(out)).isNotEqualTo("ancienne version".getBytes());
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(listing(out.getParent())).containsExactly("export." + extension);
    }

    @Test
    void anExportThroughALinkToTheUsersFileWritesThatFileAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(temp.resolve("ailleurs/vrai.csv"), "ancien");
        Path link = Files.createSymbolicLink(temp.resolve("raccourci.csv"), real);

        assertThat(CliRun.of("export", "segments", project.toString(), link.toString()).exit()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("source,kind,case,code");
    }

    /** T/… under the test's folder, P/… under the project; {@code A -> B} makes A a link to B. */
    private Path place(String spec) throws IOException {
        String[] parts = spec.split(" -> ");
        Path path = resolve(parts[0]);
        if (parts.length == 2) {
            Files.createSymbolicLink(path, resolve(parts[1]));
        }
        return path;
    }

    private Path resolve(String spec) {
        Path base = spec.startsWith("P/") ? project : temp;
        return Path.of(base.toString(), spec.substring(2).split("/"));
    }

    private Path onlyBackup() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("backups"))) {
            List<Path> all = files.toList();
            assertThat(all).isNotEmpty();
            return all.getFirst();
        }
    }

    /** What the path is now (its file key, or absent), without following a last link. */
    private static Object identity(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "absent";
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return List.of(attributes.fileKey(), attributes.isDirectory(), attributes.isSymbolicLink(),
                Files.readAttributes(path, BasicFileAttributes.class).fileKey());
    }

    private void assertUnchanged() {
        CliRun segments = CliRun.of("segments", project.toString(), "--json");
        assertThat(segments.exit()).as(segments.err()).isZero();
        assertThat(segments.out()).isEqualTo(segmentsBefore);
        assertThat(CliRun.of("codes", "list", project.toString(), "--json").out()).isEqualTo(codesBefore);
        assertThat(CliRun.of("check", project.toString()).exit()).isZero();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(path -> folder.relativize(path).toString()).filter(name -> !name.isEmpty()).sorted()
                    .toList();
        }
    }
}
