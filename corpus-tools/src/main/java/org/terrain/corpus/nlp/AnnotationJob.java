package org.terrain.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.terrain.corpus.errors.UnknownSourceException;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.store.AnnotationStore;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * Annotates what is not annotated yet: sources never annotated, edited since, annotated by another pipeline,
 * or without the entities now asked for. Incremental (a second run on an unchanged project loads no model
 * and does nothing), resumable (each source is committed as it is finished, so a crash loses at most the
 * sources in progress), cancellable between sources, and parallel: sources are annotated on {@code threads}
 * threads sharing one pipeline, and stored by the calling thread.
 */
public final class AnnotationJob {
    private final ProjectStore store;
    private final Annotators annotators;
    private final Supplier<FrenchPipeline> pipeline;
    private final int threads;

    public AnnotationJob(ProjectStore store, Annotators annotators, Supplier<FrenchPipeline> pipeline, int threads) {
        this.store = store;
        this.annotators = annotators;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /** The usual job: the models loaded on first need, one thread per core. */
    public static AnnotationJob of(ProjectStore store, Annotators annotators) {
        return of(store, annotators, Runtime.getRuntime().availableProcessors());
    }

    /** The same on {@code threads} threads. */
    public static AnnotationJob of(ProjectStore store, Annotators annotators, int threads) {
        return new AnnotationJob(store, annotators, () -> FrenchPipeline.load(annotators), threads);
    }

    /** What a run did: sources annotated, their words, how long it took; {@code cancelled} when stopped early. */
    public record Summary(int sources, long tokens, double seconds, boolean cancelled, int remaining) {
    }

    /** The sources this job would annotate now. */
    public List<SourceStore.Version> pending() {
        Map<Long, AnnotationStore.Stamp> current = store.annotations().current();
        List<SourceStore.Version> out = new ArrayList<>();
        for (SourceStore.Version version : store.sources().versions()) {
            AnnotationStore.Stamp stamp = current.get(version.id());
            if (stamp == null || !stamp.pipeline().equals(FrenchPipeline.ID)
                    || !annotators.satisfiedBy(stamp.annotators())) {
                out.add(version);
            }
        }
        return out;
    }

    public Summary run(ProgressListener progress, Cancellation cancellation) {
        long started = System.nanoTime();
        List<SourceStore.Version> todo = pending();
        if (todo.isEmpty()) {
            return new Summary(0, 0, seconds(started), false, 0);
        }
        progress.progress(0, todo.size(), "loading the French models");
        SourceAnnotator annotator = new SourceAnnotator(pipeline.get());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "terrain-annotate");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<SourceAnnotator.Result> done = new ExecutorCompletionService<>(pool);
        int submitted = 0;
        int finished = 0;
        int stored = 0;
        long tokens = 0;
        try {
            // A window of a few sources per thread: enough to keep every core busy, little held in memory.
            while (submitted < todo.size() && submitted < threads * 2) {
                submit(done, annotator, todo.get(submitted++));
            }
            while (finished < submitted) {
                if (cancellation.isCancelled()) {
                    return new Summary(stored, tokens, seconds(started), true, todo.size() - stored);
                }
                Future<SourceAnnotator.Result> next = done.take();
                finished++;
                SourceAnnotator.Result result = next.get();
                if (result != null && store.annotations().save(result.sourceId(), result.textVersion(),
                        annotators.id(), FrenchPipeline.ID, result.words(), result.mentions())) {
                    stored++;
                    tokens += result.words().size();
                }
                progress.progress(finished, todo.size(), todo.get(Math.min(finished, todo.size() - 1)).name());
                if (submitted < todo.size() && !cancellation.isCancelled()) {
                    submit(done, annotator, todo.get(submitted++));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Summary(stored, tokens, seconds(started), true, todo.size() - stored);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Summary(stored, tokens, seconds(started), false, todo.size() - stored);
    }

    private void submit(ExecutorCompletionService<SourceAnnotator.Result> done, SourceAnnotator annotator,
                        SourceStore.Version version) {
        done.submit(() -> {
            Source source;
            try {
                source = store.sources().get(version.name());
            } catch (UnknownSourceException gone) {
                return null; // deleted while the job ran: nothing to annotate
            }
            return annotator.annotate(source);
        });
    }

    private static double seconds(long started) {
        return Math.round((System.nanoTime() - started) / 1e7) / 100.0;
    }
}
