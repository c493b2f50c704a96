package org.terrain.corpus.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.terrain.corpus.store.SourceStore;
import org.terrain.corpus.task.ProgressListener;

/**
 * Sources added to an index by one thread per core. Reading a source from the database stays on the caller's
 * thread (the store's connection is not shared); cutting and inverting its words, nearly all of the work, runs
 * on the others, each into its own segment ({@link IndexWriter} takes documents from several threads). The
 * order of the documents in the index does not matter: search puts hits in corpus order by source and position.
 */
final class ParallelIndexing {
    /** Below this many sources a thread pool costs more than it saves. */
    private static final int SMALL = 8;
    /** Sources read ahead per thread: keeps the threads fed without holding the whole corpus in memory. */
    private static final int AHEAD = 16;

    private ParallelIndexing() {
    }

    /** Adds each source's documents (made by {@code documents} on this thread); returns when all are in. */
    static void addAll(IndexWriter writer, List<SourceStore.Version> sources,
                       Function<SourceStore.Version, List<Document>> documents, ProgressListener progress)
            throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        if (sources.size() < SMALL || threads < 2) {
            int done = 0;
            for (SourceStore.Version version : sources) {
                progress.progress(done++, sources.size(), version.name());
                writer.addDocuments(documents.apply(version));
            }
            return;
        }
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "terrain-index-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Semaphore room = new Semaphore(threads * AHEAD);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try {
            int done = 0;
            for (SourceStore.Version version : sources) {
                if (failed.get() != null) {
                    break;
                }
                progress.progress(done++, sources.size(), version.name());
                List<Document> docs = documents.apply(version);
                room.acquire();
                pool.execute(() -> {
                    try {
                        if (failed.get() == null) {
                            writer.addDocuments(docs);
                        }
                    } catch (Throwable t) {
                        failed.compareAndSet(null, t);
                    } finally {
                        room.release();
                    }
                });
            }
            room.acquire(threads * AHEAD); // every document handed out is in
            // Each thread's buffer written to its segment side by side; left to the commit, one thread would
            // write them all one after the other (a quarter of the build).
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    try {
                        while (failed.get() == null && writer.flushNextBuffer()) {
                            // one buffer more written
                        }
                    } catch (Throwable t) {
                        failed.compareAndSet(null, t);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.compareAndSet(null, new InterruptedIOException("interrupted while indexing"));
        } finally {
            finish(pool); // never interrupted: an IndexWriter interrupted half way through a document is broken
        }
        rethrow(failed.get());
    }

    /** Waits for the documents handed out to be in (those after a failure are skipped at once). */
    private static void finish(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        switch (failure) {
            case null -> {
            }
            case IOException io -> throw io;
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> throw new UncheckedIOException(new IOException(failure));
        }
    }
}
