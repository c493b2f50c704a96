package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.testing.Fixtures;

/**
 * Two coders who code the same words with the same code made two codings: an inter-coder check needs both, and
 * the second coder must not find the first one's coding taken for theirs.
 */
class CodingsPerCoderTest {
    private static final CodePath CODE = CodePath.parse("Rapport au travail");

    @TempDir
    Path dir;

    @Test
    void theSameSpanCodedByTwoCodersIsTwoCodingsAndByOneCoderOne() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "Vallée", "test")) {
            OperationLogUndoTest.addSource(store, "entretien.txt", Fixtures.INTERVIEW);
            store.codes().add(CODE, null, null);
            store.actAs(Identity.named("Marie"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);
            store.actAs(Identity.named("Karim"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);

            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder())
                    .containsExactlyInAnyOrder("Marie", "Karim");
            store.undo();
            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder())
                    .containsExactly("Marie");
        }
    }

    @Test
    void mergingTwoCodesKeepsEachCodersCodingOfTheSameWords() {
        CodePath other = CodePath.parse("Travail");
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "Vallée", "test")) {
            OperationLogUndoTest.addSource(store, "entretien.txt", Fixtures.INTERVIEW);
            store.codes().add(CODE, null, null);
            store.codes().add(other, null, null);
            store.actAs(Identity.named("Marie"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);
            store.actAs(Identity.named("Karim"));
            store.segments().code("entretien.txt", other, List.of(new Span(0, 5)), null);

            store.codes().merge(other, CODE);

            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder())
                    .containsExactlyInAnyOrder("Marie", "Karim");
        }
    }
}
