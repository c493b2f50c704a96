package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The case of a file imported with « one case per folder »: the nearest folder around it, between the file and
 * the folder the user gave (included), whose name is not a kind folder. Fieldworkers sort by person or site
 * ({@code Martine/}, {@code Usine A/}) and often by kind above or below ({@code entretiens/Martine/},
 * {@code Martine/entretiens/}): a kind folder says what the material is, not whose.
 */
final class CaseGuess {
    private CaseGuess() {
    }

    /** For a file given by itself ({@code root} is the file), from its own folder only. */
    static Optional<String> fromFolder(Path root, Path file) {
        Path folder = file.getParent();
        Path stop = root.equals(file) ? (folder == null ? null : folder.getParent()) : root.getParent();
        while (folder != null && !folder.equals(stop)) {
            Path name = folder.getFileName();
            if (name != null && !name.toString().isBlank() && !KindGuess.namesAKind(name.toString())) {
                return Optional.of(name.toString().strip());
            }
            folder = folder.getParent();
        }
        return Optional.empty();
    }
}
