package org.terrain.corpus.model;

/**
 * What a review package is: its own id (so a merge recognises it), the project it was made from (a package of
 * another project is refused), when and for whom.
 *
 * @param reviewer the reviewer it was made for, or null
 */
public record ReviewPackageInfo(String packageId, String projectId, String projectName, String createdAt,
                                String reviewer, int formatVersion) {
}
