package org.terrain.app.project;

import java.nio.file.Path;
import java.util.Map;

/** Where Terrain keeps its own files (the demo project for now): {@code $TERRAIN_HOME}, else {@code ~/.terrain}. */
public final class TerrainHome {
    public static final String VARIABLE = "TERRAIN_HOME";

    private TerrainHome() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> environment, String userHome) {
        String home = environment.get(VARIABLE);
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".terrain");
    }
}
