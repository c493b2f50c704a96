package org.terrain.app;

import java.util.List;
import javafx.application.Application;

/**
 * Entry point of {@code ./terrain-app [PROJECT]}. It does not extend {@link Application} on purpose: JavaFX
 * then runs from the plain classpath, without a module path.
 */
public final class Launcher {
    static final String USAGE = """
            Utilisation : terrain-app [PROJET | PAQUET.terrain-review]
              PROJET  dossier d’un projet Terrain ; créé s’il n’existe pas ou s’il est vide.
              PAQUET  un paquet de relecture : l’ouvre en mode relecture, sans projet.
                      Sans argument, ouvre le projet de démonstration ($TERRAIN_HOME/demo, ~/.terrain/demo par défaut).
            """;

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("-h") || arguments.contains("--help")) {
            System.out.print(USAGE);
            return;
        }
        if (arguments.size() > 1 || arguments.stream().anyMatch(a -> a.startsWith("-"))) {
            System.err.print(USAGE);
            System.exit(2);
        }
        try {
            Application.launch(TerrainApplication.class, args);
        } catch (RuntimeException | Error e) {
            java.util.Optional<String> explained = StartupFailure.explain(e);
            if (explained.isEmpty()) {
                throw e;
            }
            System.err.println(explained.get());
            System.exit(1);
        }
    }
}
