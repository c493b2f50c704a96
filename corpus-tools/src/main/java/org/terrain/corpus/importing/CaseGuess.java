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
        return KindGuess.folderNames(root, file).stream()
                .filter(name -> !name.isBlank() && !KindGuess.namesAKind(name)).map(String::strip).findFirst();
    }
}
