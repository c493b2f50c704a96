package org.terrain.corpus.nlp;

/** The French models take seconds and hundreds of megabytes to load: the test JVM loads them once. */
public final class Pipelines {
    private static FrenchPipeline withEntities;

    private Pipelines() {
    }

    public static synchronized FrenchPipeline withEntities() {
        if (withEntities == null) {
            withEntities = FrenchPipeline.load(Annotators.ALL);
        }
        return withEntities;
    }
}
