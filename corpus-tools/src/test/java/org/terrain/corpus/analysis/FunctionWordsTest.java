package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The function words a researcher reads in docs/contrast.md are exactly those the contrast leaves out. */
class FunctionWordsTest {
    @Test
    void theDocumentedListIsTheListInForce() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "contrast.md"), StandardCharsets.UTF_8);
        Set<String> documented = page.lines().filter(line -> line.startsWith("- **"))
                .flatMap(line -> Arrays.stream(line.substring(line.indexOf("**:") + 3).split(",")))
                .map(String::strip).collect(Collectors.toSet());

        assertThat(documented).isEqualTo(FunctionWords.FRENCH);
    }

    @Test
    void contentWordsOfTheFieldAreNotFunctionWords() {
        assertThat(Set.of("usine", "chimie", "ouvrier", "travail", "sécurité", "risque", "grève"))
                .noneMatch(FunctionWords::isFunctionWord);
    }
}
