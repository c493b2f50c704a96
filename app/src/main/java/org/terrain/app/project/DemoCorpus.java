package org.terrain.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.SourceKind;

/**
 * The demo corpus shipped inside the app (from {@code src/demo-corpus}, CC BY 4.0). Listed here rather than
 * discovered, because a jar cannot be listed and each file needs its kind and case anyway.
 */
public final class DemoCorpus {
    static final String RESOURCE_FOLDER = "/demo-corpus/";

    public static final List<DemoFile> FILES = List.of(
            new DemoFile("entretien-martine-saint-fons.txt", SourceKind.INTERVIEW, "Martine",
                    Map.of("lieu", "Saint-Fons", "secteur", "chimie")),
            new DemoFile("entretien-karim-chaudronnerie-feyzin.txt", SourceKind.INTERVIEW, "Karim",
                    Map.of("lieu", "Feyzin", "secteur", "chaudronnerie")),
            new DemoFile("observation-atelier-feyzin.txt", SourceKind.OBSERVATION, "Chaudronnerie de Feyzin",
                    Map.of("lieu", "Feyzin", "secteur", "chaudronnerie")),
            new DemoFile("discours-industrie-du-futur.txt", SourceKind.DISCOURSE, null,
                    Map.of("genre", "presse")));

    private DemoCorpus() {
    }

    /** Copies every file of the corpus into {@code folder} (which must exist) and returns their paths, in order. */
    public static List<Path> extractTo(Path folder) {
        return FILES.stream().map(file -> extract(file.fileName(), folder)).toList();
    }

    private static Path extract(String fileName, Path folder) {
        Path target = folder.resolve(fileName);
        try (InputStream in = DemoCorpus.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("demo corpus file missing from the app: " + fileName);
            }
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
