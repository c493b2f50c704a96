package org.terrain.app.project;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's settings of the app, kept between sessions in {@code $TERRAIN_HOME/settings.properties} (UTF-8):
 * one {@code key=value} a line, written again whole at each change. A file that cannot be read or written
 * costs the setting, never the app: it is logged, and the value is kept for the session.
 */
public final class AppSettings {
    public static final String FILE = "settings.properties";
    private static final Logger LOG = LoggerFactory.getLogger(AppSettings.class);

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | RuntimeException e) {
                LOG.warn("settings {} unreadable, defaults used", file, e);
            }
        }
    }

    /** The settings kept under Terrain's home. */
    public static AppSettings in(Path terrainHome) {
        return new AppSettings(terrainHome.resolve(FILE));
    }

    /** A yes/no setting; {@code otherwise} when never set. */
    public synchronized boolean flag(String key, boolean otherwise) {
        String value = values.getProperty(key);
        return value == null ? otherwise : Boolean.parseBoolean(value.strip());
    }

    public synchronized void setFlag(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path written = file.resolveSibling(FILE + ".tmp");
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                values.store(out, "Terrain");
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("settings {} not written", file, e);
        }
    }
}
