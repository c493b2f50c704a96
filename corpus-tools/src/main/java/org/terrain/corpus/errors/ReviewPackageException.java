package org.terrain.corpus.errors;

/** A review package (.terrain-review) that cannot be used as asked: each reason its own message key. */
public class ReviewPackageException extends TerrainException {
    private ReviewPackageException(String code, Category category, Throwable cause, Object... args) {
        super(code, category, cause, args);
    }

    /** Not a review package at all (another file, a damaged one, or missing). */
    public static ReviewPackageException unreadable(String file, Throwable cause) {
        return new ReviewPackageException("review_package_unreadable", Category.ACTION_NEEDED, cause, file);
    }

    /** Made by a newer Terrain: its layout is unknown here. */
    public static ReviewPackageException newer(String file, int version) {
        return new ReviewPackageException("review_package_newer", Category.ACTION_NEEDED, null, file, version);
    }

    /** Made from another project than the one it is merged into. */
    public static ReviewPackageException otherProject(String file, String packageProject, String project) {
        return new ReviewPackageException("review_other_project", Category.ACTION_NEEDED, null, file,
                packageProject, project);
    }

    /** No excerpt of that number in the package. */
    public static ReviewPackageException unknownExcerpt(String file, long id) {
        return new ReviewPackageException("review_unknown_excerpt", Category.ACTION_NEEDED, null, file, id);
    }

    /** A recode without the code it proposes, or a code not in the package's codebook. */
    public static ReviewPackageException recodeNeedsCode(String code) {
        return new ReviewPackageException("review_recode_needs_code", Category.USAGE, null,
                code == null ? "" : code);
    }

    /** A package with nothing to review: the selection matched no coding. */
    public static ReviewPackageException empty(String file) {
        return new ReviewPackageException("review_package_empty", Category.ACTION_NEEDED, null, file);
    }
}
