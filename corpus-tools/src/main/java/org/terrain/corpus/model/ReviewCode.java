package org.terrain.corpus.model;

/**
 * A code of the codebook as a review package carries it: its definition and criteria beside the excerpts, and
 * the reviewer's comment on the code itself (null until one is left).
 *
 * @param path the code's path, as {@code /}-joined names
 */
public record ReviewCode(String path, String guid, String color, String definition, CodeCriteria criteria,
                         ReviewExcerpt.Review comment) {
}
