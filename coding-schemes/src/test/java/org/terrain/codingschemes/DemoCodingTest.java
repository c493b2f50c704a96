package org.terrain.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCodingTest {
    /** Relative to the module, where Maven runs the tests. */
    private static final Path CORPUS = Path.of("..", "src", "demo-corpus");

    private static List<DemoCoding.Entry> entries;
    private static final Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve("demo-coding.yaml"))) {
            entries = DemoCoding.load(in);
        }
    }

    @Test
    void hasBetweenThirtyAndFortyFiveCodings() {
        assertThat(entries).hasSizeBetween(30, 45);
    }

    @Test
    void everyQuoteOccursExactlyOnceInItsSource() {
        assertThat(entries).allSatisfy(entry -> assertThat(entry.findIn(text(entry.source())))
                .as("%s in %s", entry.quote(), entry.source()).isPresent());
    }

    @Test
    void everyCodeExistsInTheStarterCodebook() {
        Set<CodePath> paths = CodeTree.byPath(StarterCodebooks.mediationIndustrielle()).keySet();

        assertThat(entries).extracting(DemoCoding.Entry::codePath).allSatisfy(p -> assertThat(paths).contains(p));
    }

    @Test
    void everyCodeUnderTheTwoBranchesIsUsed() {
        Set<CodePath> used = entries.stream()
                .map(e -> CodePath.of(e.codePath().names().get(0), e.codePath().names().get(1)))
                .collect(Collectors.toSet());

        for (CodeDefinition branch : StarterCodebooks.mediationIndustrielle().codes()) {
            for (CodeDefinition code : branch.children()) {
                assertThat(used).contains(CodePath.of(branch.name(), code.name()));
            }
        }
    }

    @Test
    void everySourceFileOfTheDemoIsCoded() throws IOException {
        try (var files = Files.list(CORPUS)) {
            Set<String> sources = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .collect(Collectors.toSet());
            assertThat(entries).extracting(DemoCoding.Entry::source).containsOnlyElementsOf(sources)
                    .containsAll(sources);
        }
    }

    @Test
    void somePassageCarriesThreeOverlappingCodes() {
        assertThat(maxOverlap()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void unknownKeysAndBadPathsAreRefusedWithTheirLines() {
        String yaml = """
                - source: a.txt
                  code: Pratiques//Sécurité
                  quote: x
                - source: a.txt
                  code: Pratiques
                  quote: y
                  note: z
                """;

        assertThatThrownBy(() -> DemoCoding.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo-coding.yaml:2:9").hasMessageContaining("demo-coding.yaml:7:3");
    }

    @Test
    void findInRefusesAQuoteThatIsAbsentOrAmbiguous() {
        DemoCoding.Entry entry = new DemoCoding.Entry("a.txt", CodePath.of("A"), "on", null);

        assertThat(entry.findIn("bonbon")).isEmpty();
        assertThat(entry.findIn("rien")).isEmpty();
        assertThat(entry.findIn("le pont")).isEqualTo(OptionalInt.of(4));
    }

    /** The most codings covering one character of one source, as a margin would stack them. */
    private static int maxOverlap() {
        int max = 0;
        Map<String, List<DemoCoding.Entry>> bySource =
                entries.stream().collect(Collectors.groupingBy(DemoCoding.Entry::source));
        for (var group : bySource.entrySet()) {
            String text = text(group.getKey());
            int[] depth = new int[text.length() + 1];
            for (DemoCoding.Entry entry : group.getValue()) {
                int start = entry.findIn(text).orElseThrow();
                depth[start]++;
                depth[start + entry.quote().length()]--;
            }
            int running = 0;
            for (int d : depth) {
                running += d;
                max = Math.max(max, running);
            }
        }
        return max;
    }

    private static String text(String source) {
        return texts.computeIfAbsent(source, name -> {
            try {
                return Files.readString(CORPUS.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
