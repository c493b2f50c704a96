package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.text.TextMatcher;

class SideBySideConcordanceTest {
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        importText("entretien.txt", ContrastServiceTest.INTERVIEW, SourceKind.INTERVIEW);
        importText("article.txt", "L'usine du futur remplace le geste par le robot. L'usine recrute.", SourceKind.DISCOURSE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void importText(String name, String text, SourceKind kind) {
        Fixtures.importText(store, dir, name, text, kind);
    }

    @Test
    void aWordInAAndInBEachLineWithTheCodesCoveringIt() {
        CodePath gestes = CodePath.parse("Pratiques/Gestes");
        store.codes().add(gestes, null, null);
        String text = store.sources().get("entretien.txt").text();
        int[] soudure = TextMatcher.find(text, "le geste de la soudure", false, false).getFirst();
        store.segments().code("entretien.txt", gestes,
                List.of(new org.terrain.corpus.model.Span(soudure[0], soudure[1])), null, "t");

        List<ConcordanceLine> lines = new SideBySideConcordance(store).lines("kind=interview", "kind=discourse",
                "geste", false, 50);
        assertThat(lines).filteredOn(l -> l.side().equals("a")).hasSize(2)
                .allSatisfy(l -> assertThat(l.speaker()).isEqualTo("MARTINE"));
        assertThat(lines).filteredOn(l -> l.side().equals("b")).singleElement()
                .satisfies(l -> assertThat(l.source()).isEqualTo("article.txt"));
        assertThat(lines).filteredOn(l -> !l.codes().isEmpty()).singleElement()
                .satisfies(l -> assertThat(l.codes()).containsExactly("Pratiques/Gestes"));
        assertThat(new SideBySideConcordance(store).lines("kind=interview", "rest", "geste", true, 50))
                .as("with the interviewer: ENQ's « le geste ? » too").hasSize(4);
    }
}
