package org.terrain.corpus.store;

import org.terrain.corpus.model.Licence;

/**
 * A source's licence as recorded: its own, and its case's (with the case's name), either null. The source's own
 * wins; a case's licence covers the sources that have none of their own.
 */
public record SourceLicence(String source, Licence own, String caseName, Licence ofCase) {
    /** The licence the source is under; null when none is recorded (the researcher's own material). */
    public Licence effective() {
        return own != null ? own : ofCase;
    }

    /** Where {@link #effective()} comes from: {@code source}, {@code case}, or null. */
    public String from() {
        return own != null ? "source" : ofCase != null ? "case" : null;
    }
}
