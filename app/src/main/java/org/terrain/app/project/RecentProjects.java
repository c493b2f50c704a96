package org.terrain.app.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projects opened lately, most recent first, at most {@value #MAX}: one absolute folder per line in
 * {@code $TERRAIN_HOME/recent-projects.txt}. Folders that no longer exist are left out when the list is read.
 * A file that cannot be read or written costs the list, never the project: it is logged and ignored.
 */
public final class RecentProjects {
    public static final int MAX = 10;
    public static final String FILE = "recent-projects.txt";
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);

    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    /** The list kept under Terrain's home. */
    public static RecentProjects in(Path terrainHome) {
        return new RecentProjects(terrainHome.resolve(FILE));
    }

    /** The folders still present, most recent first. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Path folder = Path.of(line.strip());
                if (Files.isDirectory(folder) && !out.contains(folder) && out.size() < MAX) {
                    out.add(folder);
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            LOG.warn("recent projects list {} unreadable", file, e);
            return List.of();
        }
    }

    /** Puts {@code folder} first (once), keeps {@value #MAX}, drops missing folders; returns the new list. */
    public List<Path> add(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        out.add(absolute);
        for (Path known : list()) {
            if (!known.equals(absolute) && out.size() < MAX) {
                out.add(known);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, out.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("recent projects list {} not saved", file, new UncheckedIOException(e));
        }
        return List.copyOf(out.stream().filter(Files::isDirectory).toList());
    }
}
