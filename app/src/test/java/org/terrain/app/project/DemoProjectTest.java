package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

class DemoProjectTest {
    @TempDir
    Path home;

    @Test
    void theDemoIsBuiltFromTheDemoCorpusWithOneSourcePerFileOfTheRightKind() {
        try (ProjectStore store = DemoProject.openOrCreate(home.resolve("demo"), ProgressListener.NONE,
                Cancellation.none())) {
            assertThat(store.info().name()).isEqualTo(DemoProject.NAME);
            assertThat(store.sources().summaries())
                    .extracting(SourceSummary::name, SourceSummary::kind)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("entretien-martine-saint-fons.txt", SourceKind.INTERVIEW),
                            org.assertj.core.groups.Tuple.tuple("entretien-karim-chaudronnerie-feyzin.txt",
                                    SourceKind.INTERVIEW),
                            org.assertj.core.groups.Tuple.tuple("observation-atelier-feyzin.txt", SourceKind.OBSERVATION),
                            org.assertj.core.groups.Tuple.tuple("discours-industrie-du-futur.txt", SourceKind.DISCOURSE));
        }
        assertThat(home.resolve("demo.partial")).doesNotExist();
    }

    @Test
    void interviewsAreTranscriptsWithTheInterviewerAndOneParticipant() {
        try (ProjectStore store = DemoProject.openOrCreate(home.resolve("demo"), ProgressListener.NONE,
                Cancellation.none())) {
            assertThat(store.sources().summaries())
                    .filteredOn(s -> s.kind() == SourceKind.INTERVIEW)
                    .allSatisfy(interview -> {
                        assertThat(interview.turns()).isBetween(35, 60);
                        assertThat(interview.interviewers()).containsExactly("ENQ");
                        assertThat(interview.speakers()).hasSize(2);
                    });
            assertThat(store.sources().summaries())
                    .filteredOn(s -> s.kind() != SourceKind.INTERVIEW)
                    .allSatisfy(prose -> assertThat(prose.turns()).isZero());
        }
    }

    @Test
    void aNewUserSeesACodedCorpusWithTheStarterCodebook() {
        try (ProjectStore store = DemoProject.openOrCreate(home.resolve("demo"), ProgressListener.NONE,
                Cancellation.none())) {
            assertThat(store.codes().list()).hasSizeGreaterThan(20);
            assertThat(store.codes().list()).extracting(c -> c.path().names().getFirst())
                    .contains("Pratiques", "Discours");
            assertThat(store.segments().list(null, null)).hasSizeGreaterThanOrEqualTo(40);
            assertThat(store.segments().list(null, null)).extracting(s -> s.source()).contains(
                    "entretien-martine-saint-fons.txt", "observation-atelier-feyzin.txt",
                    "discours-industrie-du-futur.txt");
        }
    }

    @Test
    void aBuiltDemoIsOpenedAsItIsNotImportedAgain() {
        Path folder = home.resolve("demo");
        try (ProjectStore first = DemoProject.openOrCreate(folder, ProgressListener.NONE, Cancellation.none())) {
            first.sources().delete("discours-industrie-du-futur.txt");
        }
        try (ProjectStore again = DemoProject.openOrCreate(folder, ProgressListener.NONE, Cancellation.none())) {
            assertThat(again.sources().names()).hasSize(DemoCorpus.FILES.size() - 1);
        }
    }
}
