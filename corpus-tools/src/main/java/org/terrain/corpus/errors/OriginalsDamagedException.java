package org.terrain.corpus.errors;

import java.util.List;

/**
 * Imported files kept in {@code originals/} are gone or no longer match the SHA-256 recorded at import. The
 * database is whole (its texts do not depend on them), but the project no longer holds proof of what was
 * imported: the user puts the files back.
 */
public class OriginalsDamagedException extends TerrainException {
    /**
     * @param missing the sources whose original file is gone
     * @param altered the sources whose original file changed since its import
     */
    public OriginalsDamagedException(String project, List<String> missing, List<String> altered) {
        super("originals_damaged", Category.ACTION_NEEDED, project, missing.size() + altered.size(),
                names(missing), names(altered));
    }

    private static String names(List<String> sources) {
        return sources.isEmpty() ? "—" : String.join(", ", sources);
    }
}
