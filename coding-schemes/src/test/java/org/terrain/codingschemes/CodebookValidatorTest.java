package org.terrain.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodebookValidatorTest {
    @Test
    void aCompleteCodebookHasNoProblem() {
        assertThat(CodebookValidator.validate(book(code("A", code("B"))))).isEmpty();
    }

    @Test
    void emptyNameIsAnError() {
        assertThat(CodebookValidator.validate(book(code("A", code(" ")))))
                .containsExactly(error("code A/(unnamed code 1)", "this code has no name"));
    }

    @Test
    void slashInANameIsAWarningBecausePathsEscapeIt() {
        assertThat(CodebookValidator.validate(book(code("Nuisances/risques"))))
                .singleElement().satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                    assertThat(d.place()).isEqualTo("code Nuisances\\/risques");
                });
    }

    @Test
    void duplicateSiblingsAreAnError() {
        assertThat(CodebookValidator.validate(book(code("A", code("B"), code("B ")))))
                .containsExactly(error("code A/B", "another code under A is already named 'B'"));
    }

    @Test
    void aLineBreakOrAnEscapeSequenceInANameIsAnError() {
        assertThat(CodebookValidator.validate(book(code("Travail\nà l'usine"), code("rouge\u001B[31m"))))
                .containsExactly(
                        error("code Travail\nà l'usine",
                                "the name 'Travail\\nà l'usine' holds a line break or another control character"),
                        error("code rouge\u001B[31m",
                                "the name 'rouge\\u001B[31m' holds a line break or another control character"));
    }

    @Test
    void sameNameUnderDifferentParentsIsFine() {
        assertThat(CodebookValidator.validate(book(code("A", code("Sécurité")), code("B", code("Sécurité")))))
                .isEmpty();
    }

    @Test
    void siblingsDifferingOnlyByCaseAreAWarning() {
        assertThat(CodebookValidator.validate(book(code("Sécurité"), code("sécurité"))))
                .singleElement().extracting(Diagnostic::severity).isEqualTo(Diagnostic.Severity.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#4E79A7", "#4e79a7", "#abc"})
    void colourFormsThatInstallAreAccepted(String color) {
        assertThat(CodebookValidator.validate(book(withColor(color)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "4E79A7", "#4E79A", "#GGGGGG", ""})
    void otherColoursAreErrors(String color) {
        assertThat(CodebookValidator.validate(book(withColor(color))))
                .singleElement().extracting(Diagnostic::severity).isEqualTo(Diagnostic.Severity.ERROR);
    }

    @Test
    void missingDefinitionIsAWarning() {
        CodeDefinition code = new CodeDefinition("A", null, " ", "in", "out", "« ex »", List.of());

        assertThat(CodebookValidator.validate(book(code))).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).startsWith("no definition");
        });
    }

    @Test
    void missingCriteriaAndExampleAreOneWarningNamingThem() {
        CodeDefinition code = new CodeDefinition("A", null, "def", null, "out", "", List.of());

        assertThat(CodebookValidator.validate(book(code)))
                .containsExactly(warning("code A", "missing inclusion, example"));
    }

    @Test
    void deeperThanSixLevelsIsOneWarningAtTheFirstCodeTooDeep() {
        CodeDefinition deep = code("8");
        for (int level = 7; level >= 1; level--) {
            deep = code(String.valueOf(level), deep);
        }

        assertThat(CodebookValidator.validate(book(deep))).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.place()).isEqualTo("code 1/2/3/4/5/6/7");
        });
    }

    @Test
    void codebookWithoutNameLanguageOrCodesIsWarned() {
        assertThat(CodebookValidator.validate(new Codebook(" ", "", "", List.of())))
                .extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.WARNING).hasSize(3);
    }

    @Test
    void malformedLanguageTagIsAWarning() {
        assertThat(CodebookValidator.validate(new Codebook("X", "fr_FR!", "", List.of(code("A")))))
                .singleElement().extracting(Diagnostic::message).asString().contains("language tag");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        CodeDefinition bad = new CodeDefinition("A/B", "blue", null, null, null, null,
                List.of(code(""), code("C"), code("C")));

        assertThat(CodebookValidator.validate(book(bad))).extracting(Diagnostic::message).hasSize(6);
    }

    private static Codebook book(CodeDefinition... codes) {
        return new Codebook("Test", "fr", "", List.of(codes));
    }

    private static CodeDefinition code(String name, CodeDefinition... children) {
        return new CodeDefinition(name, null, "def", "in", "out", "« ex »", List.of(children));
    }

    private static CodeDefinition withColor(String color) {
        return new CodeDefinition("A", color, "def", "in", "out", "« ex »", List.of());
    }

    private static Diagnostic error(String place, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, place, message);
    }

    private static Diagnostic warning(String place, String message) {
        return new Diagnostic(Diagnostic.Severity.WARNING, place, message);
    }
}
