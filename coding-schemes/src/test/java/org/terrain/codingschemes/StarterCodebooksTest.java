package org.terrain.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StarterCodebooksTest {
    /** A code named in a criterion: «Discours/Attractivité», with the French spaces inside the guillemets. */
    private static final Pattern CITED_CODE = Pattern.compile("«\\s*((?:Pratiques|Discours)[^»]*?)\\s*»");

    private final Map<CodePath, CodeDefinition> codes = CodeTree.byPath(StarterCodebooks.mediationIndustrielle());

    @Test
    void loadsWithoutErrorOrWarning() {
        CodebookLoadResult result = CodebookLoader.parse(StarterCodebooks.mediationIndustrielleYaml(), "starter");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.codebook().orElseThrow().language()).isEqualTo("fr");
    }

    @Test
    void hasTheTwoBranchesAndTheirFiveCodes() {
        Codebook book = StarterCodebooks.mediationIndustrielle();

        assertThat(book.codes()).extracting(CodeDefinition::name).containsExactly("Pratiques", "Discours");
        assertThat(book.codes().get(0).children()).extracting(CodeDefinition::name).containsExactly(
                "Gestes de travail", "Transmission des savoir-faire", "Sécurité",
                "Relations au voisinage et au territoire", "Parcours et mobilités");
        assertThat(book.codes().get(1).children()).extracting(CodeDefinition::name).containsExactly(
                "Renouveau industriel", "Industrie du futur", "Attractivité", "Nuisances et risques",
                "Patrimoine industriel");
    }

    @Test
    void everyCodeHasItsOwnColour() {
        List<String> colours = codes.values().stream().map(CodeDefinition::color).toList();

        assertThat(colours).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void everyExclusionNamesAnotherCodeThatExists() {
        codes.forEach((path, code) -> {
            List<CodePath> cited = cited(code.exclusion());
            assertThat(cited).as("codes named in the exclusion of %s", path).isNotEmpty()
                    .doesNotContain(path).allSatisfy(other -> assertThat(codes).containsKey(other));
        });
    }

    @Test
    void codesCitedInInclusionsAndDefinitionsExistToo() {
        codes.forEach((path, code) -> assertThat(cited(code.inclusion() + " " + code.definition()))
                .as("codes named in %s", path).allSatisfy(other -> assertThat(codes).containsKey(other)));
    }

    @Test
    void examplesAreQuotations() {
        codes.forEach((path, code) -> assertThat(code.example()).as("example of %s", path)
                .startsWith("«").endsWith("»"));
    }

    private static List<CodePath> cited(String text) {
        List<CodePath> out = new ArrayList<>();
        Matcher matcher = CITED_CODE.matcher(text);
        while (matcher.find()) {
            out.add(CodePath.parse(matcher.group(1)));
        }
        return out;
    }
}
