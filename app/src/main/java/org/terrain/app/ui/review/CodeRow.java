package org.terrain.app.ui.review;

/** A code of the package's codebook beside its excerpts: its definition and criteria (any may be null). */
public record CodeRow(String path, String definition, String inclusion, String exclusion, String example) {
}
