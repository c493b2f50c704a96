package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.terrain.corpus.model.SourceKind;

/**
 * The kind of a source when {@code --kind} is not given: the folder it sits in, as fieldworkers sort their
 * material ({@code entretiens/}, {@code observations/}, {@code discours/}, {@code presse/}…); else a
 * transcript is an interview; else other.
 */
final class KindGuess {
    private static final Map<String, SourceKind> FOLDERS = Map.ofEntries(
            Map.entry("interview", SourceKind.INTERVIEW), Map.entry("interviews", SourceKind.INTERVIEW),
            Map.entry("entretien", SourceKind.INTERVIEW), Map.entry("entretiens", SourceKind.INTERVIEW),
            Map.entry("transcriptions", SourceKind.INTERVIEW), Map.entry("transcripts", SourceKind.INTERVIEW),
            Map.entry("observation", SourceKind.OBSERVATION), Map.entry("observations", SourceKind.OBSERVATION),
            Map.entry("notes de terrain", SourceKind.OBSERVATION), Map.entry("fieldnotes", SourceKind.OBSERVATION),
            Map.entry("field notes", SourceKind.OBSERVATION), Map.entry("journal de terrain", SourceKind.OBSERVATION),
            Map.entry("discourse", SourceKind.DISCOURSE), Map.entry("discours", SourceKind.DISCOURSE),
            Map.entry("presse", SourceKind.DISCOURSE), Map.entry("press", SourceKind.DISCOURSE),
            Map.entry("articles", SourceKind.DISCOURSE), Map.entry("rapports", SourceKind.DISCOURSE),
            Map.entry("reports", SourceKind.DISCOURSE), Map.entry("documents institutionnels", SourceKind.DISCOURSE));

    private KindGuess() {
    }

    /**
     * From the folders between {@code root} (the folder the user gave, included) and the file, nearest first;
     * for a file given by itself, from its own folder only.
     */
    static Optional<SourceKind> fromFolders(Path root, Path file) {
        return folderNames(root, file).stream().map(name -> FOLDERS.get(fold(name))).filter(kind -> kind != null)
                .findFirst();
    }

    /**
     * The names of the folders between {@code root} (the folder the user gave, included) and the file, nearest
     * first; for a file given by itself ({@code root} is the file), its own folder only.
     */
    static List<String> folderNames(Path root, Path file) {
        List<String> names = new ArrayList<>();
        Path folder = file.getParent();
        Path stop = root.equals(file) ? (folder == null ? null : folder.getParent()) : root.getParent();
        while (folder != null && !folder.equals(stop)) {
            if (folder.getFileName() != null) {
                names.add(folder.getFileName().toString());
            }
            folder = folder.getParent();
        }
        return names;
    }

    /** Whether a folder's name says a kind ({@code entretiens}, {@code presse}…) rather than a case. */
    static boolean namesAKind(String folderName) {
        return FOLDERS.containsKey(fold(folderName));
    }

    private static String fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip();
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
