package org.terrain.app.ui.language;

import java.lang.ref.SoftReference;
import org.terrain.corpus.nlp.Annotators;
import org.terrain.corpus.nlp.FrenchPipeline;

/**
 * The French models, loaded at the first analysis and kept for the next ones (seconds saved each time), but
 * softly: they take hundreds of megabytes, which the JVM takes back when it needs them. One per JVM, so that
 * tests load them once too.
 */
final class SharedPipeline {
    private static SoftReference<FrenchPipeline> held = new SoftReference<>(null);

    private SharedPipeline() {
    }

    /** The pipeline with entities, loaded if needed (after checking the heap: NotEnoughMemoryException). */
    static synchronized FrenchPipeline get() {
        FrenchPipeline pipeline = held.get();
        if (pipeline == null) {
            pipeline = FrenchPipeline.load(Annotators.ALL);
            held = new SoftReference<>(pipeline);
        }
        return pipeline;
    }
}
