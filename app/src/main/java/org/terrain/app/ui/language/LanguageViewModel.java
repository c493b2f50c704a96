package org.terrain.app.ui.language;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.TaskProgress;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.errors.NotEnoughMemoryException;
import org.terrain.corpus.nlp.AnnotationJob;
import org.terrain.corpus.nlp.Annotators;
import org.terrain.corpus.nlp.FrenchPipeline;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * « Outils › Analyse linguistique… »: the engine's {@link AnnotationJob} (words, parts of speech, lemmas, named
 * entities) over the sources not analysed yet. First {@link #prepare} counts them ({@link #planProperty()}),
 * then {@link #start} runs the job in the background with its progress, stopped by {@link #cancel} between two
 * sources; the {@linkplain #outcomeProperty() outcome} says what was done, or how much memory to give Java.
 * The analysis is derived data, outside the operation log (no undo); the revision goes up after it, so that the
 * panes (the entities, the search and its lemmas) read the project again. FX thread only.
 */
public final class LanguageViewModel {
    /** What the check before a run found: sources still to analyse, out of how many. */
    public record Plan(int pending, int total) {
        public boolean nothingToDo() {
            return pending == 0;
        }
    }

    /** How a run ended, worded for the status bar and the closing dialog. */
    public record Outcome(Kind kind, String text, AnnotationJob.Summary summary, int entities) {
        public enum Kind { DONE, CANCELLED, NOT_ENOUGH_MEMORY }
    }

    private final ProjectSession session;
    private final Supplier<FrenchPipeline> pipeline;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final TaskProgress task = new TaskProgress();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private Cancellation cancellation = new Cancellation();

    public LanguageViewModel(ProjectSession session) {
        this(session, SharedPipeline::get);
    }

    /** @param pipeline the French models, loaded when there is something to analyse */
    LanguageViewModel(ProjectSession session, Supplier<FrenchPipeline> pipeline) {
        this.session = session;
        this.pipeline = pipeline;
    }

    /** Counts the sources to analyse; the {@linkplain #planProperty() plan} is set anew once counted. */
    public void prepare() {
        if (task.isRunning()) {
            return;
        }
        plan.set(null);
        session.read(store -> new Plan(job(store).pending().size(), store.sources().versions().size()), plan::set);
    }

    /** Analyses the sources not analysed yet; the {@linkplain #outcomeProperty() outcome} is set once done. */
    public void start() {
        if (task.isRunning()) {
            return;
        }
        Cancellation token = new Cancellation();
        cancellation = token;
        outcome.set(null);
        task.follow(session.run(UiText.get("task.language"),
                (store, listener, stop) -> analyse(store, listener, stop), token, true, Outcome::text, done -> {
                    task.finished();
                    outcome.set(done);
                }));
    }

    /** Asks the running analysis to stop: the sources finished are kept, the others are left for next time. */
    public void cancel() {
        cancellation.cancel();
    }

    /** The analysis, worded: run off the FX thread (and by tests on theirs). */
    Outcome analyse(ProjectStore store, ProgressListener listener, Cancellation stop) {
        AnnotationJob.Summary summary;
        try {
            summary = job(store).run(worded(listener), stop);
        } catch (NotEnoughMemoryException e) {
            return new Outcome(Outcome.Kind.NOT_ENOUGH_MEMORY, e.localizedMessage(UiText.engineMessages()), null, 0);
        }
        int entities = store.annotations().entities(null, null).size();
        if (summary.cancelled()) {
            return new Outcome(Outcome.Kind.CANCELLED, UiText.get("status.language_cancelled", summary.sources(),
                    UiText.number(summary.sources()), summary.remaining(), UiText.number(summary.remaining())),
                    summary, entities);
        }
        String text = summary.sources() == 0 ? UiText.get("status.language_nothing")
                : UiText.get("status.language_done",
                        UiText.get("language.sources", summary.sources(), UiText.number(summary.sources())),
                        UiText.number(summary.tokens()), summary.seconds(),
                        UiText.get("language.entities", entities, UiText.number(entities)));
        return new Outcome(Outcome.Kind.DONE, text, summary, entities);
    }

    private AnnotationJob job(ProjectStore store) {
        return new AnnotationJob(store, Annotators.ALL, pipeline, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The engine's steps in the interface's words: the models loading (for seconds, progress unknown), then
     * the source being analysed.
     */
    private static ProgressListener worded(ProgressListener listener) {
        return (done, total, step) -> {
            if (done == 0) {
                listener.progress(-1, total, UiText.get("language.progress.loading"));
            } else {
                listener.progress(done, total, UiText.get("language.progress.source", done, total, step));
            }
        };
    }

    /** The last count of sources to analyse; null while counting. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Whether it runs, its progress (unknown while the models load), the source it is at. */
    public TaskProgress task() {
        return task;
    }

    /** The last run's outcome; null while one runs. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
