package org.terrain.corpus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.model.Word;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

class AnnotationJobTest {
    @TempDir
    Path dir;
    ProjectStore store;
    final AtomicInteger loads = new AtomicInteger();
    final Supplier<FrenchPipeline> counted = () -> {
        loads.incrementAndGet();
        return Pipelines.withEntities();
    };

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        Fixtures.importText(store, dir, "entretien.txt", Fixtures.INTERVIEW, SourceKind.INTERVIEW);
        Fixtures.importText(store, dir, "article.txt",
                "Le maire de Lyon a visité l’usine Renault de Vénissieux.", SourceKind.DISCOURSE);
    }

    private AnnotationJob job() {
        return new AnnotationJob(store, Annotators.ALL, counted, 2);
    }

    @Test
    void annotatesEverySourceThenNothingUntilSomethingChanges() {
        AnnotationJob.Summary first = job().run(ProgressListener.NONE, Cancellation.none());
        assertThat(first.sources()).isEqualTo(2);
        assertThat(first.tokens()).isPositive();

        loads.set(0);
        AnnotationJob.Summary again = job().run(ProgressListener.NONE, Cancellation.none());
        assertThat(again.sources()).as("an unchanged project has nothing to annotate").isZero();
        assertThat(loads).as("and loads no model").hasValue(0);

        Fixtures.importText(store, dir, "notes.txt", "Visite de l’atelier de Saint-Fons.", SourceKind.OBSERVATION);
        AnnotationJob.Summary third = job().run(ProgressListener.NONE, Cancellation.none());
        assertThat(third.sources()).as("only the new source").isEqualTo(1);

        store.sources().edit("article.txt", new Span(0, 2), "Un", s -> 0);
        assertThat(job().pending()).extracting(v -> v.name()).containsExactly("article.txt");
    }

    @Test
    void labelsAreNotWordsAndOffsetsAreTheCanonicalTexts() {
        job().run(ProgressListener.NONE, Cancellation.none());
        Source interview = store.sources().get("entretien.txt");
        List<Word> words = store.annotations().words(interview.id()).orElseThrow();
        for (Word word : words) {
            assertThat(interview.turns()).as("%s lies in a speech span", word)
                    .anyMatch(t -> t.speech().start() <= word.start() && word.end() <= t.speech().end());
        }
        for (Turn turn : interview.turns()) {
            assertThat(words).noneMatch(w -> w.start() < turn.label().end() && turn.label().start() < w.end());
        }
        Word usine = words.stream().filter(w -> w.form().equals("usine")).findFirst().orElseThrow();
        assertThat(interview.text().codePoints().skip(usine.start()).limit(usine.end() - usine.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("usine");
        assertThat(words).filteredOn(w -> w.form().equals("ouvrières")).extracting(Word::lemma).containsOnly("ouvrière");
    }

    @Test
    void theTranscribersNotesInBracketsAreNotWords() {
        Fixtures.importText(store, dir, "rires.txt",
                "[00:00:02] ENQ : et l’ambiance ?\n[00:00:04] MARTINE : on riait [rire] bien [bb] à l’atelier\n",
                SourceKind.INTERVIEW);
        job().run(ProgressListener.NONE, Cancellation.none());
        Source source = store.sources().get("rires.txt");
        List<Word> words = store.annotations().words(source.id()).orElseThrow();
        assertThat(words).extracting(Word::form).contains("riait", "bien", "atelier").doesNotContain("rire", "bb",
                "[", "]");
        assertThat(words).filteredOn(w -> w.form().equals("riait")).extracting(Word::lemma).containsExactly("rire");
    }

    @Test
    void entitiesAreListedPerProjectAndPerSource() {
        job().run(ProgressListener.NONE, Cancellation.none());
        assertThat(store.annotations().entities(null, "LOC")).extracting(e -> e.text()).contains("Lyon");
        assertThat(store.annotations().entities("entretien.txt", null)).noneMatch(e -> e.text().equals("Lyon"));
        Source article = store.sources().get("article.txt");
        assertThat(store.annotations().mentions(article.id())).extracting(m -> m.text()).contains("Lyon");
    }

    @Test
    void aStoppedRunKeepsWhatItFinishedAndTheNextRunDoesTheRest() {
        Cancellation cancel = new Cancellation();
        AnnotationJob oneThread = new AnnotationJob(store, Annotators.ALL, counted, 1);
        AnnotationJob.Summary stopped = oneThread.run((done, total, item) -> {
            if (done >= 1) {
                cancel.cancel();
            }
        }, cancel);
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.sources()).isEqualTo(1);
        assertThat(stopped.remaining()).isEqualTo(1);
        assertThat(job().run(ProgressListener.NONE, Cancellation.none()).sources()).isEqualTo(1);
        assertThat(job().pending()).isEmpty();
    }

    @Test
    void deletingASourceTakesItsAnnotationAlong() {
        job().run(ProgressListener.NONE, Cancellation.none());
        store.sources().delete("article.txt");
        assertThat(store.annotations().entities(null, null)).noneMatch(e -> e.sources().contains("article.txt"));
        store.undo();
        assertThat(job().pending()).extracting(v -> v.name()).containsExactly("article.txt");
    }
}
