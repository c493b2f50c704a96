package org.terrain.corpus.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared material at {@code ../shared}: tests that need it skip, visibly, on a user's fresh clone, and fail
 * under CI ({@code CI=true}), where it must be present.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path root() {
        String configured = System.getProperty("terrain.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root.resolve("corpus"))) {
            root = Path.of("..", "shared").toAbsolutePath();
        }
        if (!Files.isDirectory(root.resolve("corpus"))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but the shared material is missing at " + root.toAbsolutePath());
            }
            String message = "SKIPPED: ../shared is missing (" + root.toAbsolutePath()
                    + "); this test runs on the developers' machines and in CI";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
