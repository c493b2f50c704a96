package org.terrain.corpus.pseudonym;

import java.util.Objects;
import org.terrain.corpus.text.NameFold;

/**
 * One line of the pseudonym table: an original (as the researcher typed it) and what replaces it in every
 * export, for the whole project or for the sources of one case.
 *
 * @param caseName the case whose sources it applies to, or null for the whole project
 */
public record PseudonymEntry(String original, String replacement, PseudonymCategory category, String caseName) {
    public PseudonymEntry {
        Objects.requireNonNull(original);
        Objects.requireNonNull(replacement);
        Objects.requireNonNull(category);
    }

    /** Project-wide. */
    public boolean projectWide() {
        return caseName == null;
    }

    /** The original folded as the matcher and the leak check compare names. */
    public String foldedOriginal() {
        return NameFold.fold(original);
    }

    /** The replacement folded the same way: two originals of one scope never share it. */
    public String foldedReplacement() {
        return NameFold.fold(replacement);
    }
}
