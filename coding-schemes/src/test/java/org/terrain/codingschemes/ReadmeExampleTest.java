package org.terrain.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The format's documented example must load as documented, or the README misleads researchers. */
class ReadmeExampleTest {
    @Test
    void firstYamlExampleOfTheReadmeLoadsWithoutProblems() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        CodebookLoadResult result = CodebookLoader.parse(example, "README.md");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(CodeTree.byPath(result.codebook().orElseThrow()))
                .containsKey(CodePath.parse("Pratiques/Sécurité"));
        assertThat(result.codebook().orElseThrow().groups()).singleElement()
                .satisfies(group -> assertThat(group.codes()).containsExactly(CodePath.parse("Pratiques/Sécurité")));
    }
}
