package org.terrain.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookLoaderTest {
    private static final String GOOD = """
            # A comment: researchers annotate their codebook.
            name: Test
            language: fr
            description: |
              Two lines
              of description.
            codes:
              - name: Pratiques
                color: "#abc"
                definition: >-
                  What people do,
                  folded on one line.
                inclusion: Lived activity.
                exclusion: General statements, use Discours.
                example: « On faisait la ronde. »
                codes:
                  - name: Sécurité   # a comment after a value
                    color: "#59a14f"
                    definition: Danger at work.
                    inclusion: Incidents.
                    exclusion: Public risk, use Discours.
                    example: « Les masques à la ceinture. »
              - name: Discours
                definition: Narratives about industry.
                inclusion: Press.
                exclusion: Practices.
                example: « Un moment historique. »
            """;

    @TempDir
    Path dir;

    @Test
    void groupsNameCodesByPathAndAreChecked() throws IOException {
        String grouped = GOOD + """
                groups:
                  - name: Chapitre 3
                    description: Les codes du chapitre 3.
                    codes:
                      - Pratiques/Sécurité
                      - Discours
                """;
        CodebookLoadResult result = CodebookLoader.load(write("grouped.yaml", grouped));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.codebook().orElseThrow().groups()).containsExactly(new CodeGroup("Chapitre 3",
                "Les codes du chapitre 3.", java.util.List.of(CodePath.of("Pratiques", "Sécurité"),
                        CodePath.of("Discours"))));

        String wrong = GOOD + """
                groups:
                  - name: Chapitre 3
                    codes:
                      - Sécurité
                  - name: Chapitre 3
                    codes: []
                """;
        CodebookLoadResult checked = CodebookLoader.load(write("wrong.yaml", wrong));
        assertThat(checked.errors()).extracting(Diagnostic::toString).containsExactly(
                "error wrong.yaml:29, group 'Chapitre 3': no code 'Sécurité' in this codebook (write the whole path,"
                        + " e.g. Pratiques/Apprentissage)",
                "error wrong.yaml:32, group 'Chapitre 3': another group is already named 'Chapitre 3'");
        assertThat(checked.warnings()).extracting(Diagnostic::toString)
                .contains("warning wrong.yaml:32, group 'Chapitre 3': the group has no codes");
    }

    @Test
    void readsAGoodFileWithCommentsAndMultiLineText() throws IOException {
        CodebookLoadResult result = CodebookLoader.load(write("good.yaml", GOOD));

        assertThat(result.diagnostics()).isEmpty();
        Codebook book = result.codebook().orElseThrow();
        assertThat(book.name()).isEqualTo("Test");
        assertThat(book.language()).isEqualTo("fr");
        assertThat(book.description()).isEqualTo("Two lines\nof description.");
        CodeDefinition pratiques = book.codes().getFirst();
        assertThat(pratiques.definition()).isEqualTo("What people do, folded on one line.");
        assertThat(pratiques.children()).extracting(CodeDefinition::name).containsExactly("Sécurité");
        assertThat(book.codes()).extracting(CodeDefinition::name).containsExactly("Pratiques", "Discours");
    }

    @Test
    void normalisesColoursAndLeavesMissingOnesToTheProject() {
        Codebook book = CodebookLoader.parse(GOOD, "good.yaml").codebook().orElseThrow();

        assertThat(book.codes().getFirst().color()).isEqualTo("#AABBCC");
        assertThat(book.codes().getFirst().children().getFirst().color()).isEqualTo("#59A14F");
        assertThat(book.codes().get(1).color()).isNull();
    }

    @Test
    void syntaxErrorGivesItsLineAndColumn() {
        String yaml = """
                name: Test
                codes:
                  - name: A
                    definition: "unclosed
                """;

        CodebookLoadResult result = CodebookLoader.parse(yaml, "broken.yaml");

        assertThat(result.codebook()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.place()).startsWith("broken.yaml:5:");
            assertThat(d.message()).startsWith("YAML syntax:");
        });
    }

    @Test
    void badIndentationIsASyntaxErrorAtItsLine() {
        String yaml = "name: Test\ncodes:\n  - name: A\n   definition: x\n";

        CodebookLoadResult result = CodebookLoader.parse(yaml, "indent.yaml");

        assertThat(result.errors()).singleElement().extracting(Diagnostic::place).asString()
                .startsWith("indent.yaml:4:");
    }

    @Test
    void unknownKeyIsAWarningNamingTheKeyAndItsPlace() {
        String yaml = GOOD.replace("    inclusion: Lived activity.", "    colour: red\n    inclusion: Lived activity.");

        CodebookLoadResult result = CodebookLoader.parse(yaml, "keys.yaml");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(d -> {
            assertThat(d.place()).isEqualTo("keys.yaml:13:5, code Pratiques");
            assertThat(d.message()).contains("'colour'").contains("color");
        });
    }

    @Test
    void badColourIsAnErrorAtTheCode() {
        String yaml = GOOD.replace("\"#59a14f\"", "vert");

        CodebookLoadResult result = CodebookLoader.parse(yaml, "colour.yaml");

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.place()).isEqualTo("colour.yaml:17, code Pratiques/Sécurité");
            assertThat(d.message()).contains("'vert'").contains("#RRGGBB");
        });
    }

    @Test
    void unquotedColourReadsAsACommentAndIsExplained() {
        String yaml = GOOD.replace("\"#59a14f\"", "#59a14f");

        CodebookLoadResult result = CodebookLoader.parse(yaml, "hash.yaml");

        assertThat(result.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("in quotes");
        assertThat(result.codebook().orElseThrow().codes().getFirst().children().getFirst().color()).isNull();
    }

    @Test
    void duplicateSiblingIsAnErrorPointingAtBothLines() {
        String yaml = GOOD.replace("  - name: Discours", "  - name: Pratiques");

        CodebookLoadResult result = CodebookLoader.parse(yaml, "dup.yaml");

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.place()).isEqualTo("dup.yaml:23, code Pratiques");
            assertThat(d.message()).contains("already named 'Pratiques'").contains("line 8");
        });
    }

    @Test
    void duplicateKeyIsAnError() {
        String yaml = GOOD.replace("    inclusion: Lived activity.", "    inclusion: Lived activity.\n    inclusion: Again.");

        CodebookLoadResult result = CodebookLoader.parse(yaml, "twice.yaml");

        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("'inclusion' is given twice").contains("line 13");
    }

    @Test
    void reportsAllProblemsTogether() {
        String yaml = """
                name: Everything wrong
                language: fr
                codes:
                  - name: A
                    color: blue
                    tags: [x]
                    codes:
                      - name: B
                        definition: b
                        inclusion: b
                        exclusion: b
                        example: b
                      - name: B
                        definition: [not, text]
                  - definition: nameless
                """;

        CodebookLoadResult result = CodebookLoader.parse(yaml, "all.yaml");

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
                "warning all.yaml:6:5, code A: unknown key 'tags' is ignored; a code has: name, color, definition,"
                        + " inclusion, exclusion, example, codes",
                "error all.yaml:14:21, code A/B: 'definition' must be text (for several lines, write"
                        + " 'definition: |' and indent the lines below)",
                "error all.yaml:4, code A: colour 'blue' is not of the form \"#RRGGBB\", e.g. \"#4E79A7\"",
                "warning all.yaml:4, code A: no definition: say what the code means, so that every coder"
                        + " applies it the same way",
                "warning all.yaml:4, code A: missing inclusion, exclusion, example",
                "error all.yaml:13, code A/B: another code under A is already named 'B' (line 8)",
                "warning all.yaml:13, code A/B: no definition: say what the code means, so that every coder"
                        + " applies it the same way",
                "warning all.yaml:13, code A/B: missing inclusion, exclusion, example",
                "error all.yaml:15, code (unnamed code 2): this code has no name",
                "warning all.yaml:15, code (unnamed code 2): missing inclusion, exclusion, example");
    }

    @Test
    void numbersAndBooleansStayText() {
        String yaml = "name: 1979\nlanguage: fr\ncodes:\n  - name: true\n    definition: 3.14\n";

        Codebook book = CodebookLoader.parse(yaml, "t.yaml").codebook().orElseThrow();

        assertThat(book.name()).isEqualTo("1979");
        assertThat(book.codes().getFirst().name()).isEqualTo("true");
        assertThat(book.codes().getFirst().definition()).isEqualTo("3.14");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        CodebookLoadResult result = CodebookLoader.load(write("empty.yaml", "# only a comment\n"));

        assertThat(result.codebook()).isEmpty();
        assertThat(result.errors()).extracting(Diagnostic::message).containsExactly("the file is empty");
    }

    @Test
    void aListAtTheTopIsNotACodebook() {
        CodebookLoadResult result = CodebookLoader.parse("- a\n- b\n", "list.yaml");

        assertThat(result.codebook()).isEmpty();
        assertThat(result.errors()).singleElement().extracting(Diagnostic::place).isEqualTo("list.yaml:1:1");
    }

    @Test
    void missingFileIsAnErrorNotAnException() {
        CodebookLoadResult result = CodebookLoader.load(dir.resolve("absent.yaml"));

        assertThat(result.errors()).singleElement().satisfies(d -> {
            assertThat(d.place()).isEqualTo("absent.yaml");
            assertThat(d.message()).contains("NoSuchFileException");
        });
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "name: Sécurité\n".getBytes(StandardCharsets.ISO_8859_1);

        CodebookLoadResult result = CodebookLoader.load(new ByteArrayInputStream(latin1), "latin1.yaml");

        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString().contains("UTF-8");
    }

    @Test
    void filesOverFiveMegabytesAreRefusedWithoutParsing() {
        byte[] big = new byte[SafeYaml.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        CodebookLoadResult result = CodebookLoader.load(new ByteArrayInputStream(big), "big.yaml");

        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString().contains("5 MB");
    }

    @Test
    void billionLaughsIsStoppedByTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }

        CodebookLoadResult result = CodebookLoader.parse(yaml.toString(), "laughs.yaml");

        assertThat(result.codebook()).isEmpty();
        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString()
                .containsIgnoringCase("aliases");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String yaml = "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        CodebookLoadResult result = CodebookLoader.parse(yaml, "deep.yaml");

        assertThat(result.errors()).singleElement().extracting(Diagnostic::message).asString()
                .contains("nested more than");
    }

    @Test
    void typeTagsBuildNoObjects() {
        String yaml = "name: !!java.net.URL [\"http://example.org\"]\ncodes: []\n";

        CodebookLoadResult result = CodebookLoader.parse(yaml, "tags.yaml");

        // The composer never constructs types: the tagged list is just a list where text was expected.
        assertThat(result.errors()).extracting(Diagnostic::message).anyMatch(m -> m.contains("'name' must be text"));
    }

    @Test
    void aTruncatedFileNeverThrows() {
        String starter = StarterCodebooks.mediationIndustrielleYaml();
        for (int end = 0; end < starter.length(); end += 97) {
            CodebookLoadResult result = CodebookLoader.parse(starter.substring(0, end), "cut.yaml");
            assertThat(result.codebook().isPresent() || result.hasErrors()).as("cut at %d", end).isTrue();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
